package io.callbot.schedule;

import io.callbot.dial.ResultKind;
import io.callbot.campaign.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-customer rules of a campaign: whether a customer is due now, or the reason it is not and when it may
 * be due again. Checks run from the cheapest and most final (do-not-call, done) to the time-dependent ones
 * (window, gap, caps). Confined to one thread at a time (it caches window verdicts by zone).
 */
final class CandidateRules {
    private final RetryPolicy policy;
    private final CallingWindowRule window;
    private final RetryPlanner planner;
    private final FrequencyCaps caps;
    /** How long before a customer whose call is in progress (here or on a peer) is looked at again. */
    private final Duration recheck;
    /** Window verdicts by zone for {@link #verdict}: at one instant the verdict depends on the zone only. */
    private final Map<ZoneId, WindowVerdict> verdicts = new HashMap<>();
    private Instant verdictsAt;

    CandidateRules(RetryPolicy policy, CallingWindowRule window, FrequencyCaps caps, Duration recheck) {
        this.policy = policy;
        this.window = window;
        this.planner = new RetryPlanner(policy, window);
        this.caps = caps;
        this.recheck = recheck;
    }

    RetryPlanner planner() {
        return planner;
    }

    CallingWindowRule window() {
        return window;
    }

    RetryPolicy policy() {
        return policy;
    }

    FrequencyCaps caps() {
        return caps;
    }

    /** Null when the candidate is due now, else why not. */
    SkipReason check(Candidate c, boolean optedOut, CustomerHistory h, long[] calls, List<ZoneId> zones, Instant now) {
        if (c.doNotCall() || optedOut) {
            return SkipReason.DO_NOT_CALL;
        }
        Eligibility history = history(h, zones, now);
        if (!history.due()) {
            return history.reason();
        }
        SkipReason closed = windowClosed(zones, now);
        if (closed != null) {
            return closed;
        }
        return timing(calls, zones, now).reason();
    }

    /** Every rule but the calling window: due now, due from a time on, or never again. */
    Eligibility eligibility(Candidate c, boolean optedOut, CustomerHistory h, long[] calls, List<ZoneId> zones,
            Instant now) {
        if (c.doNotCall() || optedOut) {
            return Eligibility.never(SkipReason.DO_NOT_CALL);
        }
        Eligibility history = history(h, zones, now);
        return history.due() ? timing(calls, zones, now) : history;
    }

    /** Null when every zone of the customer is inside the calling window now, else why not. */
    SkipReason windowClosed(List<ZoneId> zones, Instant now) {
        for (ZoneId zone : zones) {
            WindowVerdict verdict = verdict(zone, now);
            if (verdict != WindowVerdict.OPEN) {
                return switch (verdict) {
                    case BLACKOUT -> SkipReason.BLACKOUT;
                    case OUTSIDE_DATES -> SkipReason.OUTSIDE_DATES;
                    default -> SkipReason.OUTSIDE_WINDOW;
                };
            }
        }
        return null;
    }

    private Eligibility timing(long[] calls, List<ZoneId> zones, Instant now) {
        Eligibility gap = gap(calls, now);
        return gap.due() ? caps(calls, zones, now) : gap;
    }

    /** The campaign's minimum gap between two calls to the customer (any campaign of the tenant). */
    Eligibility gap(long[] calls, Instant now) {
        if (FrequencyCaps.gapRespected(calls, now, policy.minGap())) {
            return Eligibility.DUE;
        }
        long latest = java.util.Arrays.stream(calls).max().orElse(now.toEpochMilli());
        return Eligibility.later(SkipReason.MIN_GAP, Instant.ofEpochMilli(latest).plus(policy.minGap()));
    }

    /** The tenant's frequency caps. */
    Eligibility caps(long[] calls, List<ZoneId> zones, Instant now) {
        return caps.allows(calls, now, zones) ? Eligibility.DUE
                : Eligibility.later(SkipReason.FREQUENCY_CAP, caps.nextAllowed(calls, now, zones));
    }

    private WindowVerdict verdict(ZoneId zone, Instant now) {
        if (!now.equals(verdictsAt)) {
            verdicts.clear();
            verdictsAt = now;
        }
        return verdicts.computeIfAbsent(zone, z -> window.check(now, z));
    }

    /** The campaign's attempts so far: done, in progress, waiting for a retry, or due. */
    Eligibility history(CustomerHistory h, List<ZoneId> zones, Instant now) {
        if (h.attempts().isEmpty()) {
            return Eligibility.DUE;
        }
        if (h.isFinal()) {
            return Eligibility.never(SkipReason.ALREADY_FINAL);
        }
        if (h.inProgress()) {
            return Eligibility.later(SkipReason.IN_PROGRESS, now.plus(recheck));
        }
        if (h.callsMade() >= policy.maxAttempts()) {
            return Eligibility.never(SkipReason.MAX_ATTEMPTS);
        }
        PastAttempt last = h.lastCall();
        if (last == null) {
            return Eligibility.DUE;
        }
        if (last.stopReason() != null) {
            return Eligibility.never(SkipReason.ofCode(last.stopReason()));
        }
        Instant next = nextAttemptAt(h, last, zones);
        if (next == null) {
            // no plan: a crash-settled attempt the no-answer rule does not retry, or a result not recorded yet
            return last.state() == AttemptState.UNKNOWN ? Eligibility.never(SkipReason.NOT_RETRYABLE)
                    : Eligibility.later(SkipReason.RETRY_PENDING, now.plus(recheck));
        }
        return now.isBefore(next) ? Eligibility.later(SkipReason.RETRY_PENDING, next) : Eligibility.DUE;
    }

    /** The stored retry time, or for a crash-settled attempt the time the no-answer rule allows. */
    Instant nextAttemptAt(CustomerHistory h, PastAttempt last, List<ZoneId> zones) {
        if (last.nextRetryAt() != null || last.state() != AttemptState.UNKNOWN) {
            return last.nextRetryAt();
        }
        Instant ended = last.endedAt() != null ? last.endedAt() : last.createdAt();
        return planner.plan(h, AttemptResult.dialing(ResultKind.UNKNOWN, null), ended, zones).nextAttemptAt();
    }
}
