package io.callbot.campaign;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * Local hours a customer may be called: {@code from} inclusive to {@code to} exclusive, on {@code weekdays}.
 * Always {@code from < to} (no window across midnight). Immutable.
 */
public record CallingWindow(LocalTime from, LocalTime to, Set<DayOfWeek> weekdays) {
    public CallingWindow {
        weekdays = Set.copyOf(weekdays);
    }
}
