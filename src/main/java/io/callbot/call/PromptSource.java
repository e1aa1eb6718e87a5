package io.callbot.call;

import io.callbot.audio.Pcm8k;
import io.callbot.dialog.engine.Action;
import io.callbot.tts.PromptCache;
import io.callbot.tts.RecordedPrompts;
import io.callbot.tts.TtsVoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where one call's prompt audio comes from: the campaign's recorded prompts when the file exists, else the prompt
 * cache sentence by sentence in the campaign's voice. Thread-safe (the parts are).
 */
final class PromptSource {

    private final RecordedPrompts recordings;
    private final TtsVoice voice;
    private final PromptCache cache;

    PromptSource(RecordedPrompts recordings, TtsVoice voice, PromptCache cache) {
        this.recordings = recordings;
        this.voice = voice;
        this.cache = cache;
    }

    static PromptSource of(CallPlan plan, CallServices services) {
        return new PromptSource(services.recordings().apply(plan.campaign()), services.voice().apply(plan.campaign()),
                services.prompts());
    }

    /** The audio of {@code piece}, in playing order: one recording, or one future per sentence; none when empty. */
    List<CompletableFuture<Pcm8k>> render(Action.Prompt piece) {
        Optional<Pcm8k> recorded = recorded(piece);
        if (recorded.isPresent()) {
            return List.of(CompletableFuture.completedFuture(recorded.get()));
        }
        if (piece.text() == null || piece.text().isBlank()) {
            return List.of();
        }
        return cache.renderSentencesAsync(piece.text(), voice);
    }

    /** Renders in the background the text of the pieces that have no recording; returns the sentences queued. */
    int prefetch(List<Action.Prompt> pieces) {
        List<String> texts = textsToSynthesize(pieces);
        return texts.isEmpty() ? 0 : cache.prefetch(texts, voice);
    }

    /** Renders on the background thread the text of the pieces that have no recording; completes when cached. */
    CompletableFuture<Void> prerender(List<Action.Prompt> pieces) {
        return cache.prerender(textsToSynthesize(pieces), voice);
    }

    private List<String> textsToSynthesize(List<Action.Prompt> pieces) {
        List<String> texts = new ArrayList<>();
        for (Action.Prompt piece : pieces) {
            if (recorded(piece).isEmpty() && piece.text() != null && !piece.text().isBlank()) {
                texts.add(piece.text());
            }
        }
        return texts;
    }

    private Optional<Pcm8k> recorded(Action.Prompt piece) {
        return piece.recording() == null ? Optional.empty() : recordings.get(piece.recording());
    }
}
