package io.callbot.nlu;

/**
 * One reading of what the caller said, as a recognizer pass (or a keyboard) produced it; an immutable value.
 *
 * @param text       the words; a grammar pass may contain {@code [unk]} for words outside its grammar
 * @param confidence the recognizer's mean word confidence in [0, 1]; 1 when typed
 * @param source     which pass produced it
 */
public record Hypothesis(String text, double confidence, Source source) {

    /** Where a hypothesis came from. */
    public enum Source {
        /** the constrained (grammar) recognition pass */
        GRAMMAR,
        /** the free-form recognition pass over the same audio */
        FREE_FORM,
        /** a next-best reading of the free-form pass: read for opt-out words only */
        ALTERNATIVE,
        /** typed text (simulation) or a recognizer that gives one reading only */
        TEXT
    }

    public Hypothesis {
        text = text == null ? "" : text;
    }

    /** A single reading with no recognizer behind it. */
    public static Hypothesis text(String text) {
        return new Hypothesis(text, 1.0, Source.TEXT);
    }
}
