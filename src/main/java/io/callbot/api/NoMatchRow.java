package io.callbot.api;

/** What callers said in a dialog state that matched no intent, and how often. Immutable value. */
public record NoMatchRow(String state, String text, long count) {
}
