package io.callbot.schedule;

import io.callbot.campaign.CallingWindow;
import io.callbot.campaign.Schedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calling-window maths for one campaign: a customer may be called when, in the customer's own zone, the
 * day is an allowed weekday and no blackout date, the time is inside the campaign window and outside the
 * global quiet hours, and the instant lies within the campaign's start/end dates (in the campaign zone).
 * All comparisons are done on instants so daylight-saving gaps and overlaps need no special cases: a local
 * time that does not exist on a spring-forward day resolves to the instant after the gap. Immutable.
 */
public final class CallingWindowRule {
    /** How far ahead {@link #nextOpen} looks before giving up (a window whose weekdays never occur, say). */
    private static final int MAX_DAYS_AHEAD = 400;

    private final Schedule schedule;
    private final QuietHours quiet;
    /** Open intervals of a local day in seconds of day [start, end): the window minus the quiet hours. */
    private final List<int[]> dailyIntervals;

    public CallingWindowRule(Schedule schedule, QuietHours quiet) {
        this.schedule = schedule;
        this.quiet = quiet;
        this.dailyIntervals = intervals(schedule.window(), quiet);
    }

    private static List<int[]> intervals(CallingWindow window, QuietHours quiet) {
        List<int[]> result = new ArrayList<>();
        int start = -1;
        int from = window.from().toSecondOfDay();
        int to = window.to().toSecondOfDay();
        // Quiet hours have minute boundaries in practice; scanning by minute keeps the intersection simple.
        for (int s = from; s < to; s += 60) {
            boolean open = !quiet.isQuiet(s);
            if (open && start < 0) {
                start = s;
            } else if (!open && start >= 0) {
                result.add(new int[] {start, s});
                start = -1;
            }
        }
        if (start >= 0) {
            result.add(new int[] {start, to});
        }
        return List.copyOf(result);
    }

    /** Whether a customer in {@code zone} may be called at {@code now}, and if not, why. */
    public WindowVerdict check(Instant now, ZoneId zone) {
        if (!withinDates(now)) {
            return WindowVerdict.OUTSIDE_DATES;
        }
        LocalDate day = now.atZone(zone).toLocalDate();
        if (schedule.blackoutDates().contains(day)) {
            return WindowVerdict.BLACKOUT;
        }
        if (!schedule.window().weekdays().contains(day.getDayOfWeek())) {
            return WindowVerdict.OUTSIDE_WINDOW;
        }
        for (int[] interval : dailyIntervals) {
            if (!now.isBefore(at(day, interval[0], zone)) && now.isBefore(at(day, interval[1], zone))) {
                return WindowVerdict.OPEN;
            }
        }
        return WindowVerdict.OUTSIDE_WINDOW;
    }

    /** The earliest instant at or after {@code from} when the customer may be called; empty if never again. */
    public Optional<Instant> nextOpen(Instant from, ZoneId zone) {
        LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i < MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
            if (schedule.blackoutDates().contains(day) || !schedule.window().weekdays().contains(day.getDayOfWeek())) {
                continue;
            }
            for (int[] interval : dailyIntervals) {
                Instant start = at(day, interval[0], zone);
                Instant end = at(day, interval[1], zone);
                Instant candidate = from.isAfter(start) ? from : start;
                if (candidate.isBefore(end) && withinDates(candidate)) {
                    return Optional.of(candidate);
                }
                if (afterEnd(candidate)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The earliest instant at or after {@code from} open in every one of {@code zones} (a phone number's zones). */
    public Optional<Instant> nextOpen(Instant from, List<ZoneId> zones) {
        Instant t = from;
        for (int round = 0; round < MAX_DAYS_AHEAD; round++) {
            Instant latest = t;
            for (ZoneId zone : zones) {
                Optional<Instant> next = nextOpen(t, zone);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                if (next.get().isAfter(latest)) {
                    latest = next.get();
                }
            }
            if (latest.equals(t)) {
                return Optional.of(t);
            }
            t = latest;
        }
        return Optional.empty();
    }

    public QuietHours quietHours() {
        return quiet;
    }

    private static Instant at(LocalDate day, int secondOfDay, ZoneId zone) {
        LocalDateTime local = secondOfDay >= 86_400
                ? day.plusDays(1).atStartOfDay()
                : day.atStartOfDay().plusSeconds(secondOfDay);
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    private boolean withinDates(Instant t) {
        ZoneId campaignZone = schedule.timezone();
        if (schedule.start() != null && t.isBefore(schedule.start().atStartOfDay(campaignZone).toInstant())) {
            return false;
        }
        return !afterEnd(t);
    }

    private boolean afterEnd(Instant t) {
        return schedule.end() != null
                && !t.isBefore(schedule.end().plusDays(1).atStartOfDay(schedule.timezone()).toInstant());
    }
}
