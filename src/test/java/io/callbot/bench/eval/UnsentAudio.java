package io.callbot.bench.eval;

import java.util.Arrays;

/** Samples waiting to go down the line, first in, first out. Not thread-safe. */
final class UnsentAudio {

    private short[] samples = new short[8000];
    private int start;
    private int end;

    void add(short[] more) {
        if (end + more.length > samples.length) {
            int size = size();
            short[] grown = size + more.length > samples.length ? new short[2 * (size + more.length)] : samples;
            System.arraycopy(samples, start, grown, 0, size);
            samples = grown;
            start = 0;
            end = size;
        }
        System.arraycopy(more, 0, samples, end, more.length);
        end += more.length;
    }

    /** Takes up to {@code max} samples from the front. */
    short[] take(int max) {
        int n = Math.min(max, size());
        short[] out = Arrays.copyOfRange(samples, start, start + n);
        start += n;
        return out;
    }

    int size() {
        return end - start;
    }

    boolean isEmpty() {
        return start == end;
    }
}
