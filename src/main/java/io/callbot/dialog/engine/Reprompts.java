package io.callbot.dialog.engine;

import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.Recovery;
import io.callbot.dialog.StateSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * No input, no match or low confidence in the current state: what to ask again while its reprompts last (the state's
 * recovery, else the dialog's, else ask once more), and where to go once they are used up. Counts per state entry.
 * Confined to the owning dialog's thread.
 */
final class Reprompts {

    /** When the script has none (the loader normally merges one in): ask once more, then hang up. */
    private static final Recovery DEFAULT_RECOVERY = new Recovery(null, null, 1, null);

    /** Reprompts used up: go to {@code target}, or hang up when it is null. */
    record GiveUp(String target) {
    }

    private int noInputs;
    private int noMatches;

    /** A new state was entered. */
    void reset() {
        noInputs = 0;
        noMatches = 0;
    }

    int noInputs() {
        return noInputs;
    }

    int noMatches() {
        return noMatches;
    }

    /** Counts one more; the prompt to ask again with, or empty when the reprompts are used up ({@link #giveUp}). */
    Optional<List<Action.Prompt>> next(DialogSpec spec, StateSpec state, boolean noInput, boolean lowConfidence,
            TemplateRenderer renderer, DialogSettings settings) {
        Recovery r = recovery(spec, state, noInput);
        int count = noInput ? ++noInputs : ++noMatches;
        if (count > r.maxReprompts()) {
            return Optional.empty();
        }
        List<Action.Prompt> prompt = new ArrayList<>();
        if (lowConfidence) {
            prompt.add(new Action.Prompt(settings.notCaught(), null));
            prompt.addAll(renderer.prompts(state.message()));
        } else {
            prompt.addAll(renderer.prompts(r.reprompt().isEmpty() ? state.message() : r.reprompt()));
        }
        return Optional.of(prompt);
    }

    /** Where the used-up recovery of this kind goes. */
    GiveUp giveUp(DialogSpec spec, StateSpec state, boolean noInput) {
        return new GiveUp(recovery(spec, state, noInput).target());
    }

    private static Recovery recovery(DialogSpec spec, StateSpec state, boolean noInput) {
        Recovery r = noInput ? state.noInput() : state.noMatch();
        if (r == null) {
            r = noInput ? spec.noInput() : spec.noMatch();
        }
        return r == null ? DEFAULT_RECOVERY : r;
    }
}
