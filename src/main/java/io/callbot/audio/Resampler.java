package io.callbot.audio;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Changes the sample rate of signed 16-bit mono PCM with a Kaiser-windowed sinc low-pass filter applied at the
 * same time (polyphase), so content above the lower rate's Nyquist frequency is removed <em>before</em> it can fold
 * back, or the images upsampling makes are removed. The one resampler of the project: MaryTTS's 48 kHz output and
 * recorded prompts at 11.025-48 kHz ({@link #apply}, whole signals), AudioSocket's higher slin rates down to 8 kHz and
 * 8 kHz caller audio up to the recognizer's 16 kHz ({@link #stream}, live audio in chunks, with a shorter filter for
 * less delay). javax.sound's PCM rate conversion is not used because it does not low-pass filter (it aliases).
 * Thread-safe: instances are immutable filter tables, shared through a cache; a {@link Stream} is one stream's state.
 */
public final class Resampler {

    /**
     * Zero crossings of the sinc on each side, counted at the lower rate, for whole signals; sets the transition width
     * (~640 Hz at 8 kHz out).
     */
    public static final int ZERO_CROSSINGS = 32;
    /** For live caller audio down to 8 kHz: about 1 ms of delay, the band above 4.9 kHz removed. */
    public static final int LIVE_DOWN_ZERO_CROSSINGS = 8;
    /** For live 8 kHz caller audio up to 16 kHz: about 2 ms of delay, the images above 4.7 kHz removed. */
    public static final int LIVE_UP_ZERO_CROSSINGS = 16;
    /**
     * Downsampling: the -6 dB point as a fraction of the lower Nyquist: 3.6 kHz for 8 kHz output, so 300-3300 Hz
     * passes flat and nothing folds back.
     */
    private static final double CUTOFF = 0.90;
    /** Upsampling: the input has nothing above its Nyquist to fold, so the whole input band is kept (-6 dB there). */
    private static final double UP_CUTOFF = 1.0;
    /** About 90 dB stop-band attenuation. */
    private static final double KAISER_BETA = 9.0;
    /** A tap this small is a zero of the sinc (rounding error): it cannot change a 16-bit sample. */
    private static final double NEGLIGIBLE_TAP = 1e-9;
    private static final ConcurrentMap<java.util.List<Integer>, Resampler> CACHE = new ConcurrentHashMap<>();

    private final int up;
    private final int down;
    private final int halfWidth;
    private final float[][] phases;
    /**
     * Per phase, the taps from {@code firstTap} (inclusive) to {@code endTap} (exclusive) that are not zero: upsampling
     * by an integer factor has a phase that falls on the input samples, where the sinc is zero but at its centre, so
     * those outputs (half of them from 8 to 16 kHz) cost one multiply instead of the whole filter.
     */
    private final int[] firstTap;
    private final int[] endTap;

    private Resampler(int inRate, int outRate, int zeroCrossings) {
        int gcd = gcd(inRate, outRate);
        this.up = outRate / gcd;
        this.down = inRate / gcd;
        double cutoff = (outRate > inRate ? UP_CUTOFF : CUTOFF) * 0.5 * Math.min(inRate, outRate) / inRate; // per input sample
        this.halfWidth = (int) Math.ceil(zeroCrossings / (2 * cutoff));
        this.phases = new float[up][];
        this.firstTap = new int[up];
        this.endTap = new int[up];
        for (int phase = 0; phase < up; phase++) {
            float[] taps = taps((double) phase / up, cutoff);
            phases[phase] = taps;
            int first = 0;
            int end = taps.length;
            while (first < end - 1 && Math.abs(taps[first]) < NEGLIGIBLE_TAP) {
                first++;
            }
            while (end > first + 1 && Math.abs(taps[end - 1]) < NEGLIGIBLE_TAP) {
                end--;
            }
            firstTap[phase] = first;
            endTap[phase] = end;
        }
    }

    /** The resampler for whole signals ({@link #ZERO_CROSSINGS}). */
    public static Resampler of(int inRate, int outRate) {
        return of(inRate, outRate, ZERO_CROSSINGS);
    }

    /** @param zeroCrossings the filter's length: more is a steeper filter and more delay for a {@link Stream} */
    public static Resampler of(int inRate, int outRate, int zeroCrossings) {
        if (inRate <= 0 || outRate <= 0) {
            throw new IllegalArgumentException("sample rates must be > 0, were " + inRate + " and " + outRate);
        }
        if (zeroCrossings <= 0) {
            throw new IllegalArgumentException("zero crossings must be > 0, was " + zeroCrossings);
        }
        return CACHE.computeIfAbsent(java.util.List.of(inRate, outRate, zeroCrossings),
                k -> new Resampler(inRate, outRate, zeroCrossings));
    }

    /** Output length is the input duration at the new rate, rounded to the nearest sample. */
    public short[] apply(short[] in) {
        if (up == down) {
            return in.clone();
        }
        int outLength = (int) Math.round((double) in.length * up / down);
        short[] out = new short[outLength];
        for (int n = 0; n < outLength; n++) {
            long position = (long) n * down;
            int center = (int) (position / up);
            out[n] = clip(convolve(in, in.length, (int) (position % up), center - halfWidth + 1));
        }
        return out;
    }

    /** A new stream through this filter (one per audio stream). */
    public Stream stream() {
        return new Stream();
    }

    /**
     * Live audio in chunks, as a causal filter: each chunk gives its share of output at once (n input samples, n times
     * out/in output samples), lagging the input by {@link #delayInputSamples()}: the stream is what {@link #apply}
     * gives for that much silence followed by the input (at the same rate, the input itself). Chunk boundaries change
     * nothing. Not thread-safe: one per stream, used by one thread at a time.
     */
    public final class Stream {
        /**
         * Input from absolute sample {@code base} on: halfWidth samples of padding (as {@link #apply} pads), then the
         * delay's halfWidth samples of silence, then the audio.
         */
        private short[] buffer = new short[4 * halfWidth + 320];
        private long base = -halfWidth;
        private int buffered = 2 * halfWidth;
        private long next;

        private Stream() {}

        public short[] accept(short[] in) {
            return accept(in, 0, in.length);
        }

        /** Feeds {@code length} samples of {@code in} from {@code offset}; returns the output samples they complete. */
        public short[] accept(short[] in, int offset, int length) {
            if (up == down) {
                return Arrays.copyOfRange(in, offset, offset + length);
            }
            if (buffered + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffered + length, 2 * buffer.length));
            }
            System.arraycopy(in, offset, buffer, buffered, length);
            buffered += length;
            long end = base + buffered;
            long last = Math.floorDiv((end - halfWidth) * up - 1, down); // the last output whose window is all in
            int count = (int) Math.max(0, last - next + 1);
            short[] out = new short[count];
            for (int i = 0; i < count; i++, next++) {
                long position = next * down;
                long center = position / up;
                out[i] = clip(convolve(buffer, buffered, (int) (position % up),
                        (int) (center - halfWidth + 1 - base)));
            }
            long keepFrom = next * down / up - halfWidth + 1;
            int drop = (int) Math.max(0, keepFrom - base);
            if (drop > 0) {
                System.arraycopy(buffer, drop, buffer, 0, buffered - drop);
                buffered -= drop;
                base += drop;
            }
            return out;
        }
    }

    /** How far a {@link Stream}'s output lags its input, in input samples: the filter's half-length. */
    public int delayInputSamples() {
        return halfWidth;
    }

    private double convolve(short[] in, int length, int phase, int start) {
        float[] taps = phases[phase];
        int from = Math.max(0, start + firstTap[phase]);
        int to = Math.min(length, start + endTap[phase]);
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
