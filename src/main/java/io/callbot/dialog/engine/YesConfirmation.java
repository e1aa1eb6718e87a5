package io.callbot.dialog.engine;

import io.callbot.dialog.DialogSpec;
import java.util.List;

/**
 * "Sorry, I want to be sure I heard you right: was that a yes?", asked when a yes was heard only in part (the caller
 * began with a yes and went on in words nothing explains, or one recognition pass heard it and the other nothing
 * clear): a missed yes loses the sale, but asking the whole question again makes the caller repeat a long answer. The
 * caller's answer is read against the state's own intents, so a clear one decides as it would have there (a yes
 * takes the state's yes, a no its no, an opt-out opts out); an unclear one asks once more, then the state's question
 * is asked again as after any answer not understood. Never taken as a yes unasked. Confined to the owning dialog's
 * thread.
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

    /** Stops asking: the caller answered, or the call moved on. */
    void cancel() {
        asking = false;
    }

    /** "Was that a yes?": the campaign's wording, or the server's. */
    static List<Action.Prompt> question(DialogSpec spec, TemplateRenderer renderer) {
        return spec.confirmYes().isEmpty() ? List.of(new Action.Prompt(DialogSettings.DEFAULT_CONFIRM_YES, null))
                : renderer.prompts(spec.confirmYes());
    }
}
