package io.callbot.asr;

import java.util.Arrays;

/**
 * The caller audio of the turn in progress (8 kHz samples, pre-roll included), kept for a second recognition pass;
 * capped so a caller who never stops talking cannot grow it without bound (the pass then decodes the first
 * {@link #MAX_SECONDS} seconds). Not thread-safe: owned by one session's serial work.
 */
final class TurnAudio {

    static final int MAX_SECONDS = 20;
    private static final int MAX_SAMPLES = MAX_SECONDS * 8000;

    private short[] samples = new short[8000];
    private int length;

    void clear() {
        length = 0;
    }

    void append(short[] from, int count) {
        int n = Math.min(count, MAX_SAMPLES - length);
        if (n <= 0) {
            return;
        }
        if (length + n > samples.length) {
            samples = Arrays.copyOf(samples, Math.min(MAX_SAMPLES, Math.max(length + n, samples.length * 2)));
        }
        System.arraycopy(from, 0, samples, length, n);
        length += n;
    }

    short[] samples() {
        return samples;
    }

    int length() {
        return length;
    }
}
