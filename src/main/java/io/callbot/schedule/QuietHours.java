package io.callbot.schedule;

import java.time.LocalTime;

/**
 * The global quiet-hours floor: local hours in which nobody is called, whatever a campaign's window says
 * (config {@code schedule.quiet_hours}, default 21:00-08:00). {@code from} inclusive to {@code to}
 * exclusive; it may cross midnight. {@code from == to} means no quiet hours. Immutable.
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public QuietHours {
        if (from == null || to == null) {
            throw new IllegalArgumentException("schedule.quiet_hours needs both ends, was " + from + "-" + to);
        }
    }

    /** True when {@code secondOfDay} (0..86399) falls inside the quiet hours. */
    boolean isQuiet(int secondOfDay) {
        int f = from.toSecondOfDay();
        int t = to.toSecondOfDay();
        if (f == t) {
            return false;
        }
        return f < t ? secondOfDay >= f && secondOfDay < t : secondOfDay >= f || secondOfDay < t;
    }
}
