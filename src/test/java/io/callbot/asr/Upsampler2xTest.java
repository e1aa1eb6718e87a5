package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class Upsampler2xTest {

    private static final double AMPLITUDE = 10_000;

    @Test
    void oneKilohertzToneKeepsItsFrequencyAndAmplitude() {
        short[] in = TestAudio.tone(1000, AMPLITUDE, 8000, 8000);
        short[] out = new Upsampler2x().process(in, 0, in.length);

        assertThat(out).hasSize(16000);
        // skip the filter's start-up; measure over 0.5 s in the middle
        double at1k = TestAudio.amplitudeAt(out, 4000, 8000, 1000, 16000);
        double at900 = TestAudio.amplitudeAt(out, 4000, 8000, 900, 16000);
        assertThat(at1k).isCloseTo(AMPLITUDE, within(AMPLITUDE * 0.01));
        assertThat(at900).isLessThan(AMPLITUDE * 0.01);
    }

    @Test
    void leavesNoImageAtSevenKilohertz() {
        short[] in = TestAudio.tone(1000, AMPLITUDE, 8000, 8000);
        short[] out = new Upsampler2x().process(in, 0, in.length);

        double image = TestAudio.amplitudeAt(out, 4000, 8000, 7000, 16000);
        // zero-stuffing alone leaves an image at 8 - 1 = 7 kHz as loud as the tone; the filter must remove it (< -60 dB)
        assertThat(image).isLessThan(AMPLITUDE * 0.001);
    }

    @Test
    void zeroStuffingWithoutFilterWouldFailTheImageCheck() {
        // guards the measurement itself: a naive zero-stuffed signal shows the 7 kHz image clearly
        short[] in = TestAudio.tone(1000, AMPLITUDE, 8000, 8000);
        short[] naive = new short[16000];
        for (int i = 0; i < in.length; i++) {
            naive[2 * i] = in[i];
        }
        assertThat(TestAudio.amplitudeAt(naive, 4000, 8000, 7000, 16000)).isGreaterThan(AMPLITUDE * 0.4);
    }

    @Test
    void chunkedStreamingEqualsOneShot() {
        short[] in = TestAudio.withNoise(TestAudio.tone(440, 8000, 4000, 8000), 500, 7);
        short[] whole = new Upsampler2x().process(in, 0, in.length);

        Upsampler2x streaming = new Upsampler2x();
        short[] chunked = new short[whole.length];
        Random r = new Random(3);
        int pos = 0;
        while (pos < in.length) {
            int n = Math.min(in.length - pos, 1 + r.nextInt(300));
            System.arraycopy(streaming.process(in, pos, n), 0, chunked, 2 * pos, 2 * n);
            pos += n;
        }
        assertThat(chunked).isEqualTo(whole);
    }

    @Test
    void fullScaleInputIsClippedNotWrapped() {
        short[] square = new short[800];
        for (int i = 0; i < square.length; i++) {
            square[i] = (i / 20) % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE;
        }
        short[] out = new Upsampler2x().process(square, 0, square.length);
        // overshoot (Gibbs) near the edges must saturate with the input's sign, never flip it
        for (int i = 200; i < out.length - 200; i++) {
            int srcSample = square[(i - Upsampler2x.delaySamples16k()) / 2];
            if (Math.abs(out[i]) > 30000) {
                assertThat(Integer.signum(out[i])).isEqualTo(Integer.signum(srcSample));
            }
        }
    }
}
