package io.callbot.api;

/** One turn of a call: who spoke ({@code robot} or {@code customer}), the offset from answer, and the text. */
public record TranscriptLine(String speaker, long atMillis, String text) {
}
