package io.callbot.media;

/** Test signals, 16-bit 8 kHz mono. */
final class Tones {

    private Tones() {
    }

    static short[] tone8k(double hz, int millis, int amplitude) {
        short[] s = new short[millis * 8];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (amplitude * Math.sin(2 * Math.PI * hz * i / 8_000));
        }
        return s;
    }
}
