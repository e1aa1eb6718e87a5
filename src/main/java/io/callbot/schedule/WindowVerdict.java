package io.callbot.schedule;

/** Whether a customer may be called at an instant, and if not, why. */
public enum WindowVerdict {
    OPEN, OUTSIDE_WINDOW, BLACKOUT, OUTSIDE_DATES
}
