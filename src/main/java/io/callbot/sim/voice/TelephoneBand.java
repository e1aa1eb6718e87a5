package io.callbot.sim.voice;

/**
 * The telephone band, 300-3400 Hz, at 8 kHz: a 4th-order Butterworth high-pass at 300 Hz and a 4th-order Butterworth
 * low-pass at 3400 Hz, each two biquad sections with the coefficients of R. Bristow-Johnson's "Audio EQ Cookbook".
 * Stateless: {@link #apply} filters a whole clip from rest.
 */
public final class TelephoneBand {

    public static final double LOW_HZ = 300;
    public static final double HIGH_HZ = 3400;
    /** The Q of the two sections of a 4th-order Butterworth filter. */
    private static final double[] BUTTERWORTH_4_Q = {0.54119610, 1.30656296};

    private TelephoneBand() {
    }

    /** A band-limited copy of 8 kHz samples (kept in doubles: the caller sums and quantizes later). */
    public static double[] apply(short[] in) {
        double[] x = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            x[i] = in[i];
        }
        for (double q : BUTTERWORTH_4_Q) {
            section(x, LOW_HZ, q, true);
            section(x, HIGH_HZ, q, false);
        }
        return x;
    }

    /** One biquad in place (direct form I), high- or low-pass at {@code hz}. */
    private static void section(double[] x, double hz, double q, boolean highPass) {
        double w0 = 2 * Math.PI * hz / Pcm.RATE;
        double cos = Math.cos(w0);
        double alpha = Math.sin(w0) / (2 * q);
        double b1 = highPass ? -(1 + cos) : 1 - cos;
        double b0 = highPass ? (1 + cos) / 2 : (1 - cos) / 2;
        double a0 = 1 + alpha;
        double a1 = -2 * cos;
        double a2 = 1 - alpha;
        double nb0 = b0 / a0;
        double nb1 = b1 / a0;
        double nb2 = b0 / a0;
        double na1 = a1 / a0;
        double na2 = a2 / a0;
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double in = x[i];
            double out = nb0 * in + nb1 * x1 + nb2 * x2 - na1 * y1 - na2 * y2;
            x2 = x1;
            x1 = in;
            y2 = y1;
            y1 = out;
            x[i] = out;
        }
    }
}
