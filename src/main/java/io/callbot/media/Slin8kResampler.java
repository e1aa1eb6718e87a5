package io.callbot.media;

import java.util.Arrays;

/**
 * Converts a stream of 16-bit mono samples at one of AudioSocket's higher rates down to 8 kHz with a windowed-sinc
 * low-pass (cut-off 3.6 kHz) evaluated at each output instant, so nothing above 4 kHz folds back. Keeps history across
 * chunks, so frame boundaries make no clicks. One instance per call; not thread-safe (used on the call's event loop).
 */
final class Slin8kResampler {

    static final int OUTPUT_RATE_HZ = 8_000;
    private static final double CUTOFF_HZ = 3_600;
    /** Filter half-width in output-rate samples: 8 gives ~1 ms latency and > 40 dB stop-band. */
    private static final int HALF_WIDTH_OUT = 8;

    private final double step;
    private final int halfWidth;
    private final double normCutoff;
    private short[] buffer;
    private int buffered;
    private double position;

    Slin8kResampler(int inputRateHz) {
        if (inputRateHz <= OUTPUT_RATE_HZ) {
            throw new IllegalArgumentException("input rate must be above 8000 Hz, was " + inputRateHz);
        }
        this.step = inputRateHz / (double) OUTPUT_RATE_HZ;
        this.halfWidth = (int) Math.ceil(HALF_WIDTH_OUT * step);
        this.normCutoff = 2 * CUTOFF_HZ / inputRateHz;
        this.buffer = new short[4 * halfWidth];
        this.buffered = halfWidth; // leading silence, so the first output has its full window
        this.position = halfWidth;
    }

    /** Feeds a chunk at the input rate and returns the 8 kHz samples it completes (possibly none). */
    short[] accept(short[] input) {
        ensureCapacity(buffered + input.length);
        System.arraycopy(input, 0, buffer, buffered, input.length);
        buffered += input.length;
        short[] out = new short[(int) ((buffered - halfWidth - position) / step) + 2];
        int n = 0;
        while (position + halfWidth < buffered && n < out.length) {
            out[n++] = sampleAt(position);
            position += step;
        }
        discardConsumed();
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private short sampleAt(double pos) {
        int center = (int) Math.floor(pos);
        double sum = 0;
        for (int k = center - halfWidth + 1; k <= center + halfWidth; k++) {
            double d = pos - k;
            double window = 0.5 + 0.5 * Math.cos(Math.PI * d / halfWidth);
            sum += buffer[k] * normCutoff * sinc(normCutoff * d) * window;
        }
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sum)));
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    private void discardConsumed() {
        int drop = (int) Math.floor(position) - halfWidth;
        if (drop > 0) {
            System.arraycopy(buffer, drop, buffer, 0, buffered - drop);
            buffered -= drop;
            position -= drop;
        }
    }

    private void ensureCapacity(int needed) {
        if (needed > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
        }
    }
}
