package io.callbot.call;

import io.callbot.dialog.engine.Action;
import io.callbot.media.MediaSession;
import io.callbot.tts.Pcm8k;
import io.callbot.tts.RecordedPrompts;
import io.callbot.tts.TtsVoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a dialog {@link Action.Play} into audio (recorded prompts, else cached or freshly rendered speech) and
 * queues it on the call's media session. Rendering runs on the prompt cache's executor; the result is queued
 * from the call's serial executor, so a play stopped meanwhile is never started.
 */
final class PromptPlayer {
    private static final Logger log = LoggerFactory.getLogger(PromptPlayer.class);

    private final MediaSession media;
    private final CallServices services;
    private final SerialExecutor serial;
    private final RecordedPrompts recordings;
    private final TtsVoice voice;
    private final Set<String> stopped = ConcurrentHashMap.newKeySet();
    private final AtomicInteger rendering = new AtomicInteger();
    private volatile boolean closed;

    PromptPlayer(CallPlan plan, MediaSession media, CallServices services, SerialExecutor serial) {
        this.media = media;
        this.services = services;
        this.serial = serial;
        this.recordings = services.recordings().apply(plan.campaign().id());
        this.voice = services.voice().apply(plan.campaign().id());
    }

    /**
     * Renders and queues {@code play}; {@code queued} gets the media clip id, {@code silent} runs when there
     * is nothing to play (empty or failed rendering), {@code settled} last in every case.
     */
    void play(Action.Play play, LongConsumer queued, Runnable silent, Runnable settled) {
        rendering.incrementAndGet();
        List<CompletableFuture<Pcm8k>> parts = new ArrayList<>();
        for (Action.Prompt piece : play.pieces()) {
            Optional<Pcm8k> recorded = piece.recording() == null ? Optional.empty() : recordings.get(piece.recording());
            if (recorded.isPresent()) {
                parts.add(CompletableFuture.completedFuture(recorded.get()));
            } else if (piece.text() != null && !piece.text().isBlank()) {
                parts.add(services.prompts().renderAsync(piece.text(), voice));
            }
        }
        CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).whenComplete((ok, error) ->
                serial.execute(() -> {
                    rendering.decrementAndGet();
                    queue(play, parts, error, queued, silent);
                    settled.run();
                }));
    }

    /** Whether a play is still being rendered (the robot is about to speak). Call-thread only. */
    boolean rendering() {
        return rendering.get() > 0;
    }

    private void queue(Action.Play play, List<CompletableFuture<Pcm8k>> parts, Throwable error, LongConsumer queued,
            Runnable silent) {
        if (closed || stopped.contains(play.playId()) || !media.isOpen()) {
            return;
        }
        if (error != null) {
            log.warn("could not render prompt '{}': {}", play.text(), error.getMessage());
            silent.run();
            return;
        }
        Pcm8k audio = Pcm8k.concat(parts.stream().map(CompletableFuture::join).toList());
        if (audio.length() == 0) {
            silent.run();
            return;
        }
        queued.accept(media.enqueue(audio.samples()));
    }

    void stop(String playId) {
        stopped.add(playId);
        media.stopPlayback();
    }

    boolean isStopped(String playId) {
        return stopped.contains(playId);
    }

    void close() {
        closed = true;
    }
}
