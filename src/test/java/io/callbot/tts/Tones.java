package io.callbot.tts;

/** Test signals and a single-frequency amplitude measure (a one-bin DFT). */
public final class Tones {

    private Tones() {
    }

    public static short[] sine(double frequency, int sampleRate, double seconds, double amplitude) {
        short[] out = new short[(int) Math.round(seconds * sampleRate)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * frequency * i / sampleRate));
        }
        return out;
    }

    /** Amplitude of the {@code frequency} component, ignoring {@code skip} samples at each end (filter start-up). */
    public static double amplitudeAt(short[] samples, int sampleRate, double frequency, int skip) {
        double re = 0;
        double im = 0;
        int n = samples.length - 2 * skip;
        for (int i = skip; i < samples.length - skip; i++) {
            double phase = 2 * Math.PI * frequency * i / sampleRate;
            re += samples[i] * Math.cos(phase);
            im += samples[i] * Math.sin(phase);
        }
        return 2 * Math.hypot(re, im) / n;
    }

    public static double decibels(double ratio) {
        return 20 * Math.log10(ratio);
    }
}
