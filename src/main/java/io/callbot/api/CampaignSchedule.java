package io.callbot.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's schedule as the API shows it (the console puts it in words). Immutable value.
 *
 * @param cron       Quartz cron expression releasing batches of calls, in {@code timezone}
 * @param windowFrom start of the calling window, customer-local, {@code HH:MM}, inclusive
 * @param windowTo   end of the calling window, customer-local, {@code HH:MM}, exclusive
 * @param weekdays   customer-local days calls are allowed on, {@code mon}..{@code sun}, in week order
 */
public record CampaignSchedule(LocalDate start, LocalDate end, String cron, String timezone, String windowFrom,
                               String windowTo, List<String> weekdays, List<LocalDate> blackout) {
    public CampaignSchedule {
        weekdays = List.copyOf(weekdays);
        blackout = List.copyOf(blackout);
    }
}
