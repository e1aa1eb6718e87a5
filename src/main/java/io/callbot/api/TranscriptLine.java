package io.callbot.api;

/**
 * One turn of a call: who spoke ({@code robot} or {@code customer}), the offset from answer, the text, the dialog
 * state it was said in, the intent it matched (null: none, or the robot), the recognizer's confidence (1 for the
 * robot and keys) and whether it was a key press. Immutable value.
 */
public record TranscriptLine(String speaker, long atMillis, String text, String state, String intent,
                             Double confidence, boolean keyed) {

    public TranscriptLine(String speaker, long atMillis, String text) {
        this(speaker, atMillis, text, null, null, null, false);
    }
}
