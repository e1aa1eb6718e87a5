package io.callbot.call;

import io.callbot.asr.FinalResult;
import io.callbot.asr.SecondPass;
import io.callbot.dialog.engine.Event;
import java.util.List;

/**
 * A recognizer's final result as the dialog takes it: the grammar pass's words and confidence, and what a free-form
 * second pass heard when one ran, with its next-best readings. One place, so the intent evaluation feeds the dialog
 * exactly as a call does.
 * Stateless.
 */
public final class HeardSpeech {

    private HeardSpeech() {
    }

    public static Event.Speech of(FinalResult result) {
        String secondPass = result.secondPass().map(SecondPass::text).filter(t -> !t.isBlank()).orElse(null);
        List<String> alternatives = result.secondPass().map(SecondPass::alternatives).orElse(List.of());
        return Event.Speech.heard(result.text(), result.confidence(), secondPass, alternatives);
    }
}
