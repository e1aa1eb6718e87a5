package io.callbot.schedule;

import io.callbot.campaign.CallingWindow;
import io.callbot.campaign.RetryPolicy;
import io.callbot.campaign.Schedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words for each scheduling rule that keeps a customer from being called: which rule (with its YAML or config
 * key) and the customer's own values. Pure; stateless.
 */
final class WhySentences {
    private WhySentences() {}

    /** What the customer's attempts in the campaign say. */
    static String history(SkipReason reason, CustomerHistory h, CandidateRules rules, List<ZoneId> zones,
            Instant nextAt) {
        PastAttempt last = h.lastCall();
        String lastText = last == null ? "" : "attempt " + last.attemptNo() + " ended "
                + (last.result() != null ? last.result() : last.state()) + (last.endedAt() == null ? "" : " at "
                + last.endedAt());
        RetryPolicy policy = rules.policy();
        return switch (reason) {
            case ALREADY_FINAL -> "done: " + lastText + " with a final outcome; the campaign calls nobody again"
                    + " after one";
            case IN_PROGRESS -> "a call is in progress: attempt " + h.attempts().get(h.attempts().size() - 1)
                    .attemptNo() + " is " + h.attempts().get(h.attempts().size() - 1).state();
            case MAX_ATTEMPTS -> "attempts exhausted: " + h.callsMade() + " call(s) made" + ruleLimit(last, policy)
                    + "; the campaign allows " + policy.maxAttempts() + " in all (dial.retry.max_attempts)";
            case NOT_RETRYABLE -> "not retried: " + lastText + ", which no retry rule of the campaign covers"
                    + " (dial.retry)";
            case RETRY_PENDING -> "waiting for a retry: " + lastText + "; next attempt not before "
                    + (nextAt == null ? "its result is recorded" : nextAt) + retryRule(last);
            case OUTSIDE_DATES -> "no further attempt: " + lastText + " and the campaign's dates leave no calling"
                    + " window for a retry (schedule.end)";
            case DO_NOT_CALL -> "opted out: " + lastText + " with a request not to be called again";
            default -> reason.code() + ": " + lastText;
        };
    }

    private static String ruleLimit(PastAttempt last, RetryPolicy policy) {
        if (last == null || last.effectiveResult() == null || RetryRules.of(last.effectiveResult()).isEmpty()) {
            return "";
        }
        var rule = RetryRules.of(last.effectiveResult()).get();
        RetryPolicy.RetryRule r = policy.rules().get(rule);
        return r == null ? "" : ", the last " + last.effectiveResult() + "; the " + rule.yamlName() + " rule allows "
                + r.maxAttempts() + " (dial.retry." + rule.yamlName() + ".max_attempts)";
    }

    private static String retryRule(PastAttempt last) {
        if (last == null || last.effectiveResult() == null || RetryRules.of(last.effectiveResult()).isEmpty()) {
            return "";
        }
        return " (dial.retry." + RetryRules.of(last.effectiveResult()).get().yamlName() + ")";
    }

    /** The calling window, in the customer's own time. */
    static String window(SkipReason reason, Schedule schedule, QuietHours quiet, List<ZoneId> zones, Instant now,
            Instant nextOpen) {
        String next = nextOpen == null ? "it does not open again (the campaign's dates are over)"
                : "next open " + nextOpen;
        return switch (reason) {
            case BLACKOUT -> "blackout date: " + localDates(zones, now) + " is one of the campaign's"
                    + " schedule.blackout_dates in the customer's time; " + next;
            case OUTSIDE_DATES -> "outside the campaign's dates: it runs " + dates(schedule) + " in "
                    + schedule.timezone() + "; " + next;
            default -> "outside the calling window: it is " + localTimes(zones, now) + "; the campaign calls "
                    + window(schedule.window()) + " in the customer's time" + quiet(quiet) + "; " + next;
        };
    }

    static String gap(long[] calls, Duration minGap, Instant notBefore) {
        Instant latest = Instant.ofEpochMilli(java.util.Arrays.stream(calls).max().orElse(0));
        return "too soon after the last call: called at " + latest + " (any campaign of the tenant); the campaign"
                + " keeps " + human(minGap) + " between calls (dial.retry.min_gap): not before " + notBefore;
    }

    static String caps(FrequencyCaps caps, long[] calls, List<ZoneId> zones, Instant now, Instant allowedFrom) {
        ZoneId zone = zones.get(0);
        LocalDate today = now.atZone(zone).toLocalDate();
        long sameDay = java.util.Arrays.stream(calls)
                .filter(c -> Instant.ofEpochMilli(c).atZone(zone).toLocalDate().equals(today)).count();
        long week = java.util.Arrays.stream(calls)
                .filter(c -> c > now.minus(Duration.ofDays(7)).toEpochMilli()).count();
        return "frequency cap: " + sameDay + " call(s) on " + today + " in " + zone + " and " + week
                + " in the last 7 days, over all the tenant's campaigns; the caps are " + caps.perLocalDay()
                + " a day (schedule.max_calls_per_day) and " + caps.perWeek() + " a week"
                + " (schedule.max_calls_per_week): allowed again from " + allowedFrom;
    }

    private static String localTimes(List<ZoneId> zones, Instant now) {
        return zones.stream().map(z -> {
            var t = now.atZone(z);
            return t.toLocalTime().withSecond(0).withNano(0) + " on "
                    + t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + t.toLocalDate()
                    + " in " + z;
        }).collect(Collectors.joining(" and "));
    }

    private static String localDates(List<ZoneId> zones, Instant now) {
        return zones.stream().map(z -> now.atZone(z).toLocalDate() + " (" + z + ")")
                .collect(Collectors.joining(", "));
    }

    private static String window(CallingWindow w) {
        String days = w.weekdays().equals(EnumSet.allOf(DayOfWeek.class)) ? "every day"
                : w.weekdays().stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                        .collect(Collectors.joining(", "));
        return w.from() + "-" + w.to() + " " + days + " (schedule.window)";
    }

    private static String quiet(QuietHours q) {
        return q.from().equals(q.to()) ? "" : ", never in the quiet hours " + q.from() + "-" + q.to()
                + " (schedule.quiet_hours)";
    }

    private static String dates(Schedule s) {
        return (s.start() == null ? "from the start" : "from " + s.start()) + (s.end() == null ? " on"
                : " to " + s.end());
    }

    private static String human(Duration d) {
        return d.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
