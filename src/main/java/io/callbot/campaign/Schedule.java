package io.callbot.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * When a campaign runs. Immutable.
 *
 * @param start           first day calls may be released (in {@code timezone}), inclusive
 * @param end             last day, inclusive; null for open-ended
 * @param cron            Quartz cron expression (6 or 7 fields) for when calls are released
 * @param window          the calling window in each customer's local time
 * @param blackoutDates   dates (customer-local) on which nobody is called
 * @param timezone        timezone for customers without one, and for {@code start}/{@code end}/{@code cron}
 */
public record Schedule(
        LocalDate start,
        LocalDate end,
        String cron,
        CallingWindow window,
        List<LocalDate> blackoutDates,
        ZoneId timezone) {

    public Schedule {
        blackoutDates = blackoutDates == null ? List.of() : List.copyOf(blackoutDates);
    }
}
