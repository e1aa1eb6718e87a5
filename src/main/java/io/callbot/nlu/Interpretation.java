package io.callbot.nlu;

import java.util.Optional;

/**
 * What the robot takes a caller's turn to mean; an immutable value.
 *
 * @param intent   the candidate intent's name, or null when nothing actionable was heard
 * @param strength how sure: {@link Strength#PARTIAL} only for opt-out evidence that must be confirmed,
 *                 {@link Strength#YES_TO_CONFIRM} only for a yes
 * @param evidence the words that carried the intent (for transcripts and the no-match report), or ""
 * @param source   the hypothesis the decision rests on
 * @param unexplained content words of the deciding clause that no intent accounts for (what a recognizer may have
 *                 misheard: a callback's time, a name)
 */
public record Interpretation(String intent, Strength strength, String evidence, Hypothesis.Source source,
        int unexplained) {

    /** How strong the evidence for the intent is. */
    public enum Strength {
        /** nothing actionable */
        NONE,
        /** opt-out words heard in part ("remove [unk]", "stop"): ask the caller to confirm */
        PARTIAL,
        /** a phrasing or keyword evidence of the intent */
        CLEAR,
        /**
         * a yes heard in part: the caller began with a yes and went on in words nothing explains ("yeah [words the
         * line blurred]"), or only one recognition pass heard it; no yes, but one to ask about ("was that a yes?")
         * rather than asking the question again
         */
        YES_TO_CONFIRM
    }

    public static Interpretation none(Hypothesis.Source source) {
        return new Interpretation(null, Strength.NONE, "", source, 0);
    }

    public Optional<String> intentName() {
        return Optional.ofNullable(intent);
    }

    public boolean clear() {
        return strength == Strength.CLEAR;
    }

    public boolean partial() {
        return strength == Strength.PARTIAL;
    }

    public boolean yesToConfirm() {
        return strength == Strength.YES_TO_CONFIRM;
    }

    /** This reading's yes, to be confirmed ({@link Strength#YES_TO_CONFIRM}). */
    Interpretation toConfirm() {
        return new Interpretation(intent, Strength.YES_TO_CONFIRM, evidence, source, unexplained);
    }
}
