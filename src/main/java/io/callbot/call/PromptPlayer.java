package io.callbot.call;

import io.callbot.audio.Pcm8k;
import io.callbot.dialog.engine.Action;
import io.callbot.media.MediaSession;
import io.callbot.media.PlaybackOutcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a dialog {@link Action.Play} into audio and streams it onto the call's media session: recorded prompts as
 * they are, text sentence by sentence through the prompt cache, each part queued as soon as it and every part before
 * it are ready, so the caller hears the first sentence while the rest still render. Plays are queued in the order the
 * dialog issued them. Rendering runs on the prompt cache's executors; everything else on the call's serial executor
 * (every method here is call-thread only), so a play stopped meanwhile never queues another part.
 */
final class PromptPlayer {
    private static final Logger log = LoggerFactory.getLogger(PromptPlayer.class);

    /** How a play tells the call what happened; each runs on the call thread. */
    interface Listener {
        /** The play's first part was queued on the media session: the robot starts to speak. */
        void firstSoundQueued();

        /** Every part was played to the end (or nothing could be rendered): once per play, never after a stop. */
        void finished();
    }

    private final MediaSession media;
    private final Executor callThread;
    private final PromptSource source;
    private final Deque<Run> runs = new ArrayDeque<>();
    private final Map<Long, Run> clips = new HashMap<>();
    private boolean closed;

    /** @param callThread runs work on the call's serial executor (with the call's log context) */
    PromptPlayer(MediaSession media, Executor callThread, PromptSource source) {
        this.media = media;
        this.callThread = callThread;
        this.source = source;
    }

    /** Starts rendering {@code play}'s parts; they are queued as they become ready. */
    void play(Action.Play play, Listener listener) {
        List<CompletableFuture<Pcm8k>> parts = new ArrayList<>();
        for (Action.Prompt piece : play.pieces()) {
            parts.addAll(source.render(piece));
        }
        Run run = new Run(play, parts, listener);
        runs.addLast(run);
        for (CompletableFuture<Pcm8k> part : parts) {
            part.whenComplete((audio, error) -> callThread.execute(this::pump));
        }
        pump();
    }

    /** Whether a play still has parts to render or queue (the robot is about to speak). */
    boolean rendering() {
        return runs.stream().anyMatch(r -> !r.allQueued());
    }

    /** Whether the robot speaks or is about to: a part plays or waits on the media session, or a play renders. */
    boolean speaking() {
        return !clips.isEmpty() || rendering();
    }

    /** The media session finished a clip; the play it belongs to may be over. */
    void clipFinished(long clipId, PlaybackOutcome outcome) {
        Run run = clips.remove(clipId);
        if (run == null) {
            return;
        }
        run.playing.remove(clipId);
        if (outcome == PlaybackOutcome.COMPLETED) {
            settle(run);
        }
    }

    void stop(String playId) {
        runs.removeIf(r -> r.play.playId().equals(playId));
        media.stopPlayback();
    }

    void close() {
        closed = true;
        runs.clear();
    }

    /** Queues every ready part in order, play after play; a play waits until the one before it is fully queued. */
    private void pump() {
        for (Run run : List.copyOf(runs)) {
            if (closed || !media.isOpen()) {
                return;
            }
            if (!runs.contains(run)) {
                continue; // stopped or settled by a listener while this pump ran
            }
            while (!run.allQueued() && run.parts.get(run.next).isDone()) {
                queue(run, run.parts.get(run.next++));
            }
            if (!run.allQueued()) {
                return;
            }
            settle(run);
        }
    }

    private void queue(Run run, CompletableFuture<Pcm8k> part) {
        Pcm8k audio;
        try {
            audio = part.join();
        } catch (RuntimeException e) {
            log.warn("could not render part {} of prompt '{}': {}", run.next, run.play.text(), e.getMessage());
            return;
        }
        if (audio.length() == 0) {
            return;
        }
        long clipId = media.enqueue(audio.samples());
        clips.put(clipId, run);
        run.playing.add(clipId);
        if (!run.sounded) {
            run.sounded = true;
            run.listener.firstSoundQueued();
        }
    }

    /** A fully queued play whose clips all played is over: its listener hears so once. */
    private void settle(Run run) {
        if (run.allQueued() && run.playing.isEmpty() && runs.remove(run)) {
            if (!run.sounded) {
                log.warn("nothing to play for prompt '{}'", run.play.text());
            }
            run.listener.finished();
        }
    }

    /** One play in progress. Call-thread only. */
    private static final class Run {
        final Action.Play play;
        final List<CompletableFuture<Pcm8k>> parts;
        final Listener listener;
        final Set<Long> playing = new HashSet<>();
        int next;
        boolean sounded;

        Run(Action.Play play, List<CompletableFuture<Pcm8k>> parts, Listener listener) {
            this.play = play;
            this.parts = parts;
            this.listener = listener;
        }

        boolean allQueued() {
            return next == parts.size();
        }
    }
}
