package io.callbot.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callbot.asr.TestAudio;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
/** 8 kHz caller audio streamed up to the recognizer's 16 kHz. */
class ResamplerUpsamplingTest {

    private static final double AMPLITUDE = 10_000;

    private static Resampler.Stream upsampler() {
        return Resampler.of(8_000, 16_000, Resampler.LIVE_UP_ZERO_CROSSINGS).stream();
    }

    private static short[] upsampled(short[] in) {
        return upsampler().accept(in);
    }

    /** The filter's delay in 16 kHz samples. */
    private static int delaySamples16k() {
        return 2 * Resampler.of(8_000, 16_000, Resampler.LIVE_UP_ZERO_CROSSINGS).delayInputSamples();
    }

    @Test
    void oneKilohertzToneKeepsItsFrequencyAndAmplitude() {
        short[] in = TestAudio.tone(1000, AMPLITUDE, 8000, 8000);
        short[] out = upsampled(in);

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
        short[] out = upsampled(in);

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
        short[] whole = upsampled(in);

        Resampler.Stream streaming = upsampler();
        short[] chunked = new short[whole.length];
        Random r = new Random(3);
        int pos = 0;
        int at = 0;
        while (pos < in.length) {
            int n = Math.min(in.length - pos, 1 + r.nextInt(300));
            short[] part = streaming.accept(in, pos, n);
            System.arraycopy(part, 0, chunked, at, part.length);
            at += part.length;
            pos += n;
        }
        assertThat(at).isEqualTo(whole.length);
        assertThat(chunked).isEqualTo(whole);
    }

    @Test
    void fullScaleInputIsClippedNotWrapped() {
        short[] square = new short[800];
        for (int i = 0; i < square.length; i++) {
            square[i] = (i / 20) % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE;
        }
        short[] out = upsampled(square);
        // overshoot (Gibbs) near the edges must saturate with the input's sign, never flip it
        for (int i = 200; i < out.length - 200; i++) {
            int srcSample = square[(i - delaySamples16k()) / 2];
            if (Math.abs(out[i]) > 30000) {
                assertThat(Integer.signum(out[i])).isEqualTo(Integer.signum(srcSample));
            }
        }
    }
}
