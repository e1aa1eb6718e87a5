package io.callbot.bench.eval;

import java.util.List;

/**
 * What the robot made of one caller line. An immutable value.
 *
 * @param predicted          the intent the dialog acted on (the state named after it), or {@code none}
 * @param heard              what recognition heard (the grammar pass, then {@link #PASSES} and the free-form second
 *                           pass when one ran; {@link #REST_OF_LINE} before the rest of a line whose turn ended
 *                           early), or {@link #NOTHING_HEARD} when the turn ended without words
 * @param matchedIntent      the intent the dialog logged for the line, or null (a reprompt or a question back)
 * @param confirmationAsked  the dialog asked a confirmation question and heard the caller's answer to it
 * @param confirmationHeard  what recognition heard as that answer, or null
 * @param secondPass         recognition ran a second, free-form pass on the line
 * @param responseGapMillis  end of the caller's speech to the final result, in caller-audio time; -1 without one
 * @param callbackTimeHeard  the dialog scheduled the callback at a time the caller named
 * @param audioSeconds       caller-line audio fed to recognition for this turn (question time included)
 * @param nextBest           the free-form pass's next-best readings of the line's first answer, best first (empty
 *                           without a second pass): what rules on alternatives may read, kept for replays
 */
public record TurnResult(String predicted, String heard, String matchedIntent, boolean confirmationAsked,
        String confirmationHeard, boolean secondPass, long responseGapMillis, boolean callbackTimeHeard,
        double audioSeconds, List<String> nextBest) {

    /** Between the grammar pass's words and the free-form pass's in {@code heard}. */
    public static final String PASSES = " || ";
    /** Before what was heard of the rest of a line whose turn ended early. */
    public static final String REST_OF_LINE = " >> ";
    /** {@code heard} of a turn that ended without words. */
    public static final String NOTHING_HEARD = "(nothing)";
    /** Between next-best readings in the turns file's {@code next_best} column. */
    public static final String READINGS = " | ";

    public TurnResult {
        nextBest = nextBest == null ? List.of() : List.copyOf(nextBest);
    }
}
