package io.callbot.sim.voice;

/** Conversions and levels of 8 kHz 16-bit mono sample arrays. Stateless. */
public final class Pcm {

    public static final int RATE = 8000;

    private Pcm() {
    }

    static short[] fromLittleEndian(byte[] b) {
        short[] s = new short[b.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8));
        }
        return s;
    }

    static byte[] toLittleEndian(short[] s) {
        byte[] b = new byte[s.length * 2];
        for (int i = 0; i < s.length; i++) {
            b[2 * i] = (byte) s[i];
            b[2 * i + 1] = (byte) (s[i] >> 8);
        }
        return b;
    }

    static short clip(double v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
    }

    /** Mean power (mean square, in 16-bit units squared) of the whole array; 0 when empty. */
    public static double power(short[] s) {
        if (s.length == 0) {
            return 0;
        }
        double sum = 0;
        for (short v : s) {
            sum += (double) v * v;
        }
        return sum / s.length;
    }

    /**
     * Active speech power: the mean power of the 20 ms frames within 40 dB of the loudest frame, so the pauses a
     * synthesizer leaves around and inside an utterance do not lower the level (a simple stand-in for ITU-T P.56).
     */
    public static double activePower(short[] s) {
        double[] x = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            x[i] = s[i];
        }
        return activePower(x);
    }

    /** {@link #activePower(short[])} of samples kept in doubles (before quantization). */
    public static double activePower(double[] x) {
        int frame = RATE / 50;
        int frames = x.length / frame;
        double[] p = new double[frames];
        double max = 0;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = f * frame; i < (f + 1) * frame; i++) {
                sum += x[i] * x[i];
            }
            p[f] = sum / frame;
            max = Math.max(max, p[f]);
        }
        double sum = 0;
        int active = 0;
        for (double v : p) {
            if (v > 0 && v >= max * 1e-4) {
                sum += v;
                active++;
            }
        }
        if (active > 0) {
            return sum / active;
        }
        double all = 0;
        for (double v : x) {
            all += v * v;
        }
        return x.length == 0 ? 0 : all / x.length;
    }

    /** A power as a level in dBFS: relative to a full-scale square wave (32768 squared), as the recognizer's VAD measures it. */
    public static double dbfs(double power) {
        return power <= 0 ? -120 : 10 * Math.log10(power / (32768.0 * 32768.0));
    }

    /** A copy of {@code s} scaled by {@code gain}, clipped to 16 bits. */
    static short[] scaled(short[] s, double gain) {
        short[] out = new short[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = clip(s[i] * gain);
        }
        return out;
    }
}
