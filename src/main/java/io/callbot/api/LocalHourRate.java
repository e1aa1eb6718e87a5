package io.callbot.api;

/**
 * Of the calls that went out while it was {@code hour}:00-{@code hour}:59 at the customer's (local time), how many
 * were answered (by a person or a machine) and how many by a person. Immutable value.
 */
public record LocalHourRate(int hour, long dialed, long answered, long human) {
}
