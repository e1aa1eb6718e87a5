package io.callbot.tts;

import io.callbot.audio.Pcm8k;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Renders a {@link Prompt} (recordings and text in sequence) to one {@link Pcm8k}: recordings come from
 * {@link RecordedPrompts}, text from the {@link PromptCache}. Thread-safe; never blocks (work runs on the cache's
 * executors, and callbacks on a completed future run on whichever thread completes it).
 */
public final class PromptRenderer {

    private final PromptCache cache;
    private final RecordedPrompts recordings;

    public PromptRenderer(PromptCache cache, RecordedPrompts recordings) {
        this.cache = cache;
        this.recordings = recordings;
    }

    /** Names of recordings the prompt uses that are not loaded: for campaign validation. */
    public List<String> missingRecordings(Prompt prompt) {
        return prompt.recordingNames().stream().filter(name -> recordings.get(name).isEmpty()).toList();
    }

    /** Fails at once (with the name and directory) if a recording is missing; text renders asynchronously. */
    public CompletableFuture<Pcm8k> renderAsync(Prompt prompt, TtsVoice voice) {
        List<CompletableFuture<Pcm8k>> parts = new ArrayList<>();
        try {
            for (Prompt.Piece piece : prompt.pieces()) {
                parts.add(piece instanceof Prompt.Recording r
                        ? CompletableFuture.completedFuture(recordings.require(r.name()))
                        : cache.renderAsync(((Prompt.Speech) piece).text(), voice));
            }
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
                .thenApply(done -> Pcm8k.concat(parts.stream().map(CompletableFuture::join).toList()));
    }

    public CompletableFuture<Pcm8k> renderAsync(Prompt prompt) {
        return renderAsync(prompt, cache.defaultVoice());
    }

    /** Pre-renders the text of static prompts at campaign load (recordings are already in memory). */
    public CompletableFuture<Void> prerender(Collection<Prompt> prompts, TtsVoice voice) {
        return cache.prerender(prompts.stream().flatMap(p -> p.speechTexts().stream()).toList(), voice);
    }
}
