package io.callbot.tts;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Changes the sample rate of signed 16-bit mono PCM with a Kaiser-windowed sinc low-pass filter applied at the
 * same time (polyphase), so content above the lower rate's Nyquist frequency is removed <em>before</em> it can fold
 * back. Used for MaryTTS's 48 kHz output and for recorded prompts at 11.025-48 kHz. javax.sound's PCM rate
 * conversion is not used because it does not low-pass filter (it aliases). Thread-safe: instances are immutable
 * filter tables, shared through a cache.
 */
final class SincResampler {

    /** Zero crossings of the sinc on each side, counted at the lower rate; sets the transition width (~640 Hz at 8 kHz out). */
    private static final int ZERO_CROSSINGS = 32;
    /** The -6 dB point as a fraction of the lower Nyquist: 3.6 kHz for 8 kHz output, so 300-3300 Hz passes flat. */
    private static final double CUTOFF = 0.90;
    /** About 90 dB stop-band attenuation. */
    private static final double KAISER_BETA = 9.0;
    private static final ConcurrentMap<Long, SincResampler> CACHE = new ConcurrentHashMap<>();

    private final int up;
    private final int down;
    private final int halfWidth;
    private final float[][] phases;

    private SincResampler(int inRate, int outRate) {
        int gcd = gcd(inRate, outRate);
        this.up = outRate / gcd;
        this.down = inRate / gcd;
        double cutoff = CUTOFF * 0.5 * Math.min(inRate, outRate) / inRate; // cycles per input sample
        this.halfWidth = (int) Math.ceil(ZERO_CROSSINGS / (2 * cutoff));
        this.phases = new float[up][];
        for (int phase = 0; phase < up; phase++) {
            phases[phase] = taps((double) phase / up, cutoff);
        }
    }

    static SincResampler of(int inRate, int outRate) {
        if (inRate <= 0 || outRate <= 0) {
            throw new IllegalArgumentException("sample rates must be > 0, were " + inRate + " and " + outRate);
        }
        return CACHE.computeIfAbsent(((long) inRate << 32) | outRate, k -> new SincResampler(inRate, outRate));
    }

    /** Output length is the input duration at the new rate, rounded to the nearest sample. */
    short[] apply(short[] in) {
        if (up == down) {
            return in.clone();
        }
        int outLength = (int) Math.round((double) in.length * up / down);
        short[] out = new short[outLength];
        for (int n = 0; n < outLength; n++) {
            long position = (long) n * down;
            int center = (int) (position / up);
            out[n] = clip(convolve(in, phases[(int) (position % up)], center - halfWidth + 1));
        }
        return out;
    }

    private static double convolve(short[] in, float[] taps, int start) {
        int from = Math.max(0, start);
        int to = Math.min(in.length, start + taps.length);
        double acc = 0;
        for (int k = from; k < to; k++) {
            acc += taps[k - start] * in[k];
        }
        return acc;
    }

    /** Taps for an output sample lying {@code fraction} of an input sample after the centre tap; sum normalized to 1. */
    private float[] taps(double fraction, double cutoff) {
        float[] taps = new float[2 * halfWidth];
        double sum = 0;
        double[] raw = new double[taps.length];
        for (int j = 0; j < taps.length; j++) {
            double distance = (j - halfWidth + 1) - fraction;
            double x = 2 * cutoff * distance;
            double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
            raw[j] = sinc * kaiser(distance / halfWidth);
            sum += raw[j];
        }
        for (int j = 0; j < taps.length; j++) {
            taps[j] = (float) (raw[j] / sum);
        }
        return taps;
    }

    private static double kaiser(double t) {
        if (Math.abs(t) >= 1) {
            return 0;
        }
        return besselI0(KAISER_BETA * Math.sqrt(1 - t * t)) / besselI0(KAISER_BETA);
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }

    private static short clip(double value) {
        long rounded = Math.round(value);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
