package io.callbot.dialog.engine;

import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.Intent;
import io.callbot.nlu.Interpretation;
import io.callbot.nlu.Role;
import java.util.List;
import java.util.Optional;

/**
 * "Sorry, I want to be sure I heard you right: was that a yes?", asked when a yes was heard only in part (the caller
 * began with a yes and went on in words nothing explains, or one recognition pass heard it and the other nothing
 * clear): a missed yes loses the sale, but asking the whole question again makes the caller repeat a long answer. The
 * caller's answer is read against the state's own intents, so a clear one decides as it would have there (a yes
 * takes the state's yes, a no its no, an opt-out opts out), and a yes heard in part again is taken; an unclear one asks
 * once more, then the state's question is asked again as after any answer not understood. Never taken as a yes
 * unasked. Confined to the owning dialog's thread.
 */
final class YesConfirmation {
    /** Unclear answers (or silences) before the robot asks the state's question again. */
    private static final int TRIES = 2;

    private boolean asking;
    private int unclearAnswers;

    /**
     * Whether to ask "was that a yes?" now: after a yes heard in part ({@code yesInPart}), or after a first answer to
     * the question that was not understood (or silence); a second one stops asking.
     */
    boolean ask(boolean yesInPart) {
        if (asking) {
            asking = ++unclearAnswers < TRIES;
            return asking;
        }
        asking = yesInPart;
        unclearAnswers = 0;
        return asking;
    }

    /**
     * Whether {@code reading} answers the question with a yes heard only in part (a voice whose "yes" one recognition
     * pass hears "here" and the other "yeah"): a second yes, to a question about a yes, is taken. A no or anything
     * else the caller said clearly decides as it would in the state.
     */
    boolean answeredYes(Interpretation reading) {
        return asking && reading.yesToConfirm();
    }

    /** Stops asking: the caller answered, or the call moved on. */
    void cancel() {
        asking = false;
    }

    /**
     * "Was that a yes?" as asked now: a second asking names the key the state takes for a yes, if any (a voice whose
     * yes the line blurred twice is not heard better a third time; a key press is).
     */
    List<Action.Prompt> question(DialogSpec spec, TemplateRenderer renderer, List<Intent> expected) {
        return question(spec, renderer, unclearAnswers == 0 ? Optional.empty() : yesKey(expected));
    }

    /**
     * "Was that a yes?": the campaign's wording, or the server's, which names {@code key} when given ("If it was, you
     * can also press 1."); a campaign's own wording is its own, in its own language, and is never added to.
     */
    static List<Action.Prompt> question(DialogSpec spec, TemplateRenderer renderer, Optional<String> key) {
        if (!spec.confirmYes().isEmpty()) {
            return renderer.prompts(spec.confirmYes());
        }
        String keyHint = key.map(k -> " " + DialogSettings.DEFAULT_CONFIRM_YES_KEY.formatted(k)).orElse("");
        return List.of(new Action.Prompt(DialogSettings.DEFAULT_CONFIRM_YES + keyHint, null));
    }

    /** The first key the state takes for a yes, if any. */
    static Optional<String> yesKey(List<Intent> expected) {
        return expected.stream().filter(i -> i.role() == Role.AFFIRM).flatMap(i -> i.dtmf().stream()).findFirst();
    }
}
