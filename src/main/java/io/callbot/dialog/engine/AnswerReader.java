package io.callbot.dialog.engine;

import io.callbot.dialog.Intent;
import io.callbot.nlu.CalledName;
import io.callbot.nlu.IntentLibrary;
import io.callbot.nlu.Interpretation;
import io.callbot.nlu.Question;
import io.callbot.nlu.Role;
import java.util.List;
import java.util.Optional;

/**
 * What a caller's answer means among the intents a state listens for: the intent library's reading, with the called
 * person's name marked alike in the caller's words and the campaign's phrases. Immutable.
 */
final class AnswerReader {

    private final IntentLibrary library;
    private final CalledName calledName;
    /** Below this a grammar pass's answer alone is heard too poorly to act on ({@link DialogSettings#minConfidence}). */
    private final double minConfidence;

    AnswerReader(IntentLibrary library, CalledName calledName, double minConfidence) {
        this.library = library;
        this.calledName = calledName;
        this.minConfidence = minConfidence;
    }

    /** What {@code s}, an answer to {@code question}, means among {@code candidates}. */
    Interpretation read(Event.Speech s, List<Intent> candidates, Question question) {
        return library.compile(calledName.markPhrases(IntentSets.candidates(candidates)))
                .interpret(calledName.mark(s.hypotheses()), question);
    }

    /** Whether {@code s} was heard well enough to act on: at the minimum confidence, or by a second pass too. */
    boolean heardWell(Event.Speech s) {
        return s.confidence() >= minConfidence || s.secondPass() != null;
    }

    /**
     * What an answer that made the robot ask "do you want us to stop calling you?" said clearly besides its opt-out
     * words, for when the caller says no to that ("no thanks, [words heard as opt-out]" is a no), so the robot does
     * not ask its own question again. Never a yes: a yes needs clear evidence, and opt-out words beside it are not;
     * nor an answer heard too poorly to be followed on its own (below the minimum confidence without a second pass).
     */
    Optional<Intent> besidesOptOut(OptOutConfirmation.FirstAnswer first, List<Intent> candidates) {
        Event.Speech s = first.speech();
        if (!heardWell(s)) {
            return Optional.empty();
        }
        List<Intent> rest = candidates.stream().filter(i -> i.role() != Role.OPT_OUT).toList();
        Interpretation reading = read(s, rest, first.question());
        if (!reading.clear()) {
            return Optional.empty();
        }
        return reading.intentName().flatMap(n -> rest.stream().filter(i -> i.name().equals(n)).findFirst())
                .filter(i -> i.role() != Role.AFFIRM);
    }
}
