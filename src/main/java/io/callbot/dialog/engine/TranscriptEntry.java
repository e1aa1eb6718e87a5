package io.callbot.dialog.engine;

import java.time.Instant;

/**
 * One line of a call's transcript: something the robot said or the caller said (or keyed). Immutable.
 *
 * @param at         when it was said (the injected clock's time of the event)
 * @param speaker    who said it
 * @param state      the dialog state it was said in
 * @param text       the words (for a key press, the key)
 * @param confidence the recognizer's confidence; 1 for the robot and for keys
 * @param intent     the intent it matched, or null (no match, low confidence, or the robot)
 * @param keyed      true for a DTMF key press
 * @param secondPass what a free-form recognition pass over the same audio heard, when the constrained pass was
 *                   unsure (its text held {@code [unk]}, low confidence or no clear intent); null otherwise
 */
public record TranscriptEntry(Instant at, Speaker speaker, String state, String text, double confidence,
        String intent, boolean keyed, String secondPass) {

    /** A line with no second recognition pass. */
    public TranscriptEntry(Instant at, Speaker speaker, String state, String text, double confidence, String intent,
            boolean keyed) {
        this(at, speaker, state, text, confidence, intent, keyed, null);
    }

    /** Who spoke. */
    public enum Speaker { ROBOT, CALLER }
}
