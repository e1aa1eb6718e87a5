package io.callbot.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callbot.tts.Tones;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("unit")
class ResamplerTest {

    private static final int MARY_RATE = 48_000;

    @ParameterizedTest(name = "{0} samples at 48 kHz")
    @ValueSource(ints = {0, 1, 5, 48_000, 50_400, 163_921})
    void downsamplingKeepsTheDurationWithinOneFrame(int inputLength) {
        short[] out = Resampler.of(MARY_RATE, Pcm8k.SAMPLE_RATE).apply(new short[inputLength]);

        double inSeconds = inputLength / (double) MARY_RATE;
        double outSeconds = out.length / (double) Pcm8k.SAMPLE_RATE;
        assertThat(outSeconds).isCloseTo(inSeconds, within(0.020));
        assertThat(out.length).isEqualTo(Math.round(inputLength / 6.0));
    }

    @Test
    void aFiveKilohertzToneDoesNotFoldBackToThreeKilohertz() {
        short[] tone = Tones.sine(5000, MARY_RATE, 1.0, 16_000);
        double inputAmplitude = Tones.amplitudeAt(tone, MARY_RATE, 5000, 0);

        short[] filtered = Resampler.of(MARY_RATE, Pcm8k.SAMPLE_RATE).apply(tone);
        double alias = Tones.amplitudeAt(filtered, Pcm8k.SAMPLE_RATE, 3000, 200);

        assertThat(Tones.decibels(alias / inputAmplitude)).isLessThan(-60);
    }

    @Test
    void naiveDecimationWouldAliasWhichIsWhatTheToneTestDetects() {
        short[] tone = Tones.sine(5000, MARY_RATE, 1.0, 16_000);
        short[] everySixth = new short[tone.length / 6];
        for (int i = 0; i < everySixth.length; i++) {
            everySixth[i] = tone[6 * i];
        }
        double alias = Tones.amplitudeAt(everySixth, Pcm8k.SAMPLE_RATE, 3000, 200);

        assertThat(Tones.decibels(alias / 16_000)).isGreaterThan(-3);
    }

    @ParameterizedTest(name = "from {0} Hz")
    @ValueSource(ints = {48_000, 44_100, 22_050, 16_000, 11_025})
    void aOneKilohertzToneSurvivesAtFullLevel(int inputRate) {
        short[] tone = Tones.sine(1000, inputRate, 1.0, 16_000);

        short[] out = Resampler.of(inputRate, Pcm8k.SAMPLE_RATE).apply(tone);

        assertThat(out.length).isEqualTo(Pcm8k.SAMPLE_RATE);
        assertThat(Tones.amplitudeAt(out, Pcm8k.SAMPLE_RATE, 1000, 200)).isCloseTo(16_000, within(16_000 * 0.02));
    }

    @Test
    void telephoneBandPassesAndTheBandAboveFourKilohertzIsRemovedFromEveryRate() {
        for (int rate : new int[] {44_100, 22_050}) {
            short[] high = Tones.sine(6000, rate, 1.0, 16_000);
            short[] out = Resampler.of(rate, Pcm8k.SAMPLE_RATE).apply(high);
            double alias = Tones.amplitudeAt(out, Pcm8k.SAMPLE_RATE, 2000, 200);
            assertThat(Tones.decibels(alias / 16_000)).as("6 kHz from %d Hz folds to 2 kHz", rate).isLessThan(-60);
        }
        short[] speechBand = Tones.sine(3000, MARY_RATE, 1.0, 16_000);
        short[] out = Resampler.of(MARY_RATE, Pcm8k.SAMPLE_RATE).apply(speechBand);
        assertThat(Tones.amplitudeAt(out, Pcm8k.SAMPLE_RATE, 3000, 200)).isCloseTo(16_000, within(16_000 * 0.05));
    }

    @Test
    void sameRateIsACopy() {
        short[] in = {1, 2, 3};
        assertThat(Resampler.of(8000, 8000).apply(in)).containsExactly(1, 2, 3).isNotSameAs(in);
    }
}
