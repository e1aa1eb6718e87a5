package io.callbot.asr;

import java.util.ArrayList;
import java.util.List;

/**
 * The caller's audio from the end of a turn until the next listen, for at most a few seconds: a caller often goes on
 * after the turn ended ("not interested, ... stop calling"), while the dialog is still choosing its reply, and the
 * next listen must hear that too. Keeps each 10 ms frame with the VAD's decision on it (the VAD has already learnt
 * from it) and the pre-roll as it was when the turn ended, so the frames can be replayed exactly as they came. Once
 * the limit is reached nothing is replayed: a listen that late starts from its own moment. Not thread-safe.
 */
final class AfterTurnAudio {

    /** One 10 ms frame and whether the VAD heard speech in it. */
    record Frame(short[] samples, boolean speech) {
    }

    private final int maxFrames;
    private final List<Frame> frames = new ArrayList<>();
    private short[] preRollAtTurnEnd;
    private boolean overflowed;

    AfterTurnAudio(int maxFrames) {
        this.maxFrames = maxFrames;
    }

    /** A turn ended: keep what follows, starting from this pre-roll. */
    void turnEnded(short[] preRoll) {
        frames.clear();
        preRollAtTurnEnd = preRoll;
        overflowed = false;
    }

    boolean keeping() {
        return preRollAtTurnEnd != null && !overflowed;
    }

    void add(short[] frame, boolean speech) {
        if (!keeping()) {
            return;
        }
        if (frames.size() == maxFrames) {
            overflowed = true;
            frames.clear();
            return;
        }
        frames.add(new Frame(frame.clone(), speech));
    }

    /** The pre-roll when the turn ended, or null when there is nothing to replay. */
    short[] preRoll() {
        return keeping() ? preRollAtTurnEnd : null;
    }

    /** Hands over the kept frames, oldest first, and stops keeping. */
    List<Frame> take() {
        List<Frame> taken = keeping() ? List.copyOf(frames) : List.of();
        clear();
        return taken;
    }

    void clear() {
        frames.clear();
        preRollAtTurnEnd = null;
        overflowed = false;
    }
}
