package io.callbot.asr;

/**
 * Streams 8 kHz 16-bit mono audio up to 16 kHz: zero-stuffing by two followed by a windowed-sinc (Blackman) low-pass
 * at 4 kHz, computed in polyphase form; the filter history carries over between chunks, so chunked and one-shot
 * conversion give the same samples. Not thread-safe: one instance per stream, used by one thread at a time.
 */
public final class Upsampler2x {

    /** Odd length, centred tap at an even index: the even phase becomes a pure delay (half-band filter). */
    static final int TAPS = 65;

    private static final double[] PHASE_EVEN = new double[(TAPS + 1) / 2];
    private static final double[] PHASE_ODD = new double[TAPS / 2];

    static {
        double[] h = design();
        for (int i = 0; i < TAPS; i++) {
            if (i % 2 == 0) {
                PHASE_EVEN[i / 2] = h[i];
            } else {
                PHASE_ODD[i / 2] = h[i];
            }
        }
    }

    /** Ring of the last inputs, newest at {@code pos}; sized to the longer phase. */
    private final double[] history = new double[PHASE_EVEN.length];
    private int pos;

    /** Low-pass at a quarter of the 16 kHz rate (4 kHz), gain 2 to make up for the inserted zeros. */
    private static double[] design() {
        double[] h = new double[TAPS];
        int mid = TAPS / 2;
        double fc = 0.25;
        for (int i = 0; i < TAPS; i++) {
            int k = i - mid;
            double sinc = k == 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * k) / (Math.PI * k);
            double w = 0.42 - 0.5 * Math.cos(2 * Math.PI * i / (TAPS - 1))
                    + 0.08 * Math.cos(4 * Math.PI * i / (TAPS - 1));
            h[i] = 2 * sinc * w;
        }
        return h;
    }

    /** Delay the filter adds, in 16 kHz output samples. */
    public static int delaySamples16k() {
        return TAPS / 2;
    }

    /**
     * Upsamples {@code length} samples of {@code in} from {@code offset}.
     *
     * @return a new array of {@code 2 * length} samples at 16 kHz
     */
    public short[] process(short[] in, int offset, int length) {
        short[] out = new short[2 * length];
        for (int i = 0; i < length; i++) {
            pos = (pos + 1) % history.length;
            history[pos] = in[offset + i];
            out[2 * i] = clip(convolve(PHASE_EVEN));
            out[2 * i + 1] = clip(convolve(PHASE_ODD));
        }
        return out;
    }

    /** Sum of taps[k] * x[n - k] over the history ring. */
    private double convolve(double[] taps) {
        double acc = 0;
        int idx = pos;
        for (double tap : taps) {
            acc += tap * history[idx];
            idx = idx == 0 ? history.length - 1 : idx - 1;
        }
        return acc;
    }

    private static short clip(double v) {
        long r = Math.round(v);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, r));
    }
}
