package io.callbot.api;

/**
 * One change a call made to the customer's profile: {@code tag_added}, {@code tag_removed}, {@code field_set}
 * (name = value), {@code do_not_call}, {@code callback} (value = ISO instant). Immutable value.
 */
public record ProfileChangeLine(String kind, String name, String value) {
}
