package io.callbot.media;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One call's outbound clips (16-bit 8 kHz mono samples), cut into 20 ms frames back to back, with a record of which
 * clips finished. Thread-safe (synchronized): the call layer queues and stops, the pacer thread takes frames.
 */
final class PlaybackQueue {

    /** Samples in one 20 ms frame at 8 kHz. */
    static final int FRAME_SAMPLES = 160;

    record Finished(long clipId, PlaybackOutcome outcome) {
    }

    private record Clip(long id, short[] samples) {
    }

    private final ArrayDeque<Clip> clips = new ArrayDeque<>();
    private final List<Finished> finished = new ArrayList<>();
    private int position;
    private long lastId;

    synchronized long enqueue(short[] pcm8kHz) {
        long id = ++lastId;
        clips.addLast(new Clip(id, pcm8kHz.clone()));
        return id;
    }

    /** Drops everything queued, then queues this clip. */
    synchronized long replace(short[] pcm8kHz) {
        stop();
        return enqueue(pcm8kHz);
    }

    /** Drops the playing and queued clips; each is reported {@link PlaybackOutcome#STOPPED}. */
    synchronized void stop() {
        for (Clip c : clips) {
            finished.add(new Finished(c.id(), PlaybackOutcome.STOPPED));
        }
        clips.clear();
        position = 0;
    }

    synchronized boolean isPlaying() {
        return !clips.isEmpty();
    }

    /**
     * Fills {@code frame} (160 samples) with the next 20 ms of queued audio, running clips together without a gap and
     * padding with silence; returns whether any queued audio went into it.
     */
    synchronized boolean nextFrame(short[] frame) {
        int filled = 0;
        boolean hadAudio = !clips.isEmpty();
        while (filled < frame.length && !clips.isEmpty()) {
            Clip clip = clips.peekFirst();
            int n = Math.min(frame.length - filled, clip.samples().length - position);
            System.arraycopy(clip.samples(), position, frame, filled, n);
            filled += n;
            position += n;
            if (position == clip.samples().length) {
                clips.removeFirst();
                position = 0;
                finished.add(new Finished(clip.id(), PlaybackOutcome.COMPLETED));
            }
        }
        java.util.Arrays.fill(frame, filled, frame.length, (short) 0);
        return hadAudio;
    }

    /** The clips that finished since the last call, oldest first. */
    synchronized List<Finished> drainFinished() {
        if (finished.isEmpty()) {
            return List.of();
        }
        List<Finished> out = List.copyOf(finished);
        finished.clear();
        return out;
    }
}
