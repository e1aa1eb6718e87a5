package io.callbot.pbx;

/**
 * One {@code name = value} (or object-style {@code name => value}) line of a config section. Immutable.
 *
 * @param name   the trimmed name
 * @param value  the trimmed value, comments removed
 * @param at     where the name starts
 */
public record ConfigEntry(String name, String value, ConfigPosition at) {
}
