package io.callbot.dialog.engine;

import io.callbot.dialog.Intent;
import io.callbot.nlu.CandidateIntent;
import java.util.List;

/** The dialog's intents as the understanding layer takes them. Stateless. */
final class IntentSets {

    private IntentSets() {
    }

    static List<CandidateIntent> candidates(List<Intent> intents) {
        return intents.stream().map(i -> new CandidateIntent(i.name(), i.library(), i.phrases())).toList();
    }
}
