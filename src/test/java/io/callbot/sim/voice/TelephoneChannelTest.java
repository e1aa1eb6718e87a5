package io.callbot.sim.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.callbot.asr.TestAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulated phone line: mu-law, the telephone band, level and noise at a measured SNR. */
class TelephoneChannelTest {

    private static final short[] SPEECH = TestAudio.speech("please-remove-me-from-your-list");

    @Test
    void muLawRoundTripStaysWithinHalfAQuantizationStepForEverySample() {
        short[] all = new short[65536];
        for (int i = 0; i < all.length; i++) {
            all[i] = (short) (i - 32768);
        }
        short[] back = MuLaw.roundTrip(all);
        for (int i = 0; i < all.length; i++) {
            int x = all[i];
            // G.711: 8 segments of 16 steps, the step doubling per segment (8 near zero, 1024 at the top on the
            // 16-bit scale): the error is within half a step, about |x|/32; the largest code stands for 32124
            int bound = Math.abs(x) <= 32124 ? 5 + Math.abs(x) / 32 : Math.abs(x) - 32124;
            assertThat(Math.abs(back[i] - x)).as("error at %d", x).isLessThanOrEqualTo(bound);
        }
        assertThat(MuLaw.encode(new short[] {0})[0]).isEqualTo((byte) 0xFF);
        // full scale is the loudest code, not silence (the JDK's encoder alone overflows there)
        assertThat(MuLaw.roundTrip(new short[] {32767, -32768, 32700})).containsExactly((short) 32124, (short) -32124,
                (short) 32124);
    }

    @Test
    void muLawKeepsSpeechAtAboutThirtyFiveDecibelsSignalToQuantizationNoise() {
        short[] tone = TestAudio.tone(1000, 8000, 8000, 8000);
        short[] back = MuLaw.roundTrip(tone);
        double error = 0;
        for (int i = 0; i < tone.length; i++) {
            error += Math.pow(back[i] - tone[i], 2);
        }
        double sqnr = 10 * Math.log10(Pcm.power(tone) / (error / tone.length));
        assertThat(sqnr).isBetween(33.0, 45.0);
    }

    @ParameterizedTest(name = "{0} Hz: {1} dB")
    @CsvSource({"100, -20, -200", "200, -8, -200", "1000, 1, -1", "2000, 1, -1", "3000, 1, -1.5", "3900, -15, -200"})
    void theBandPassesSpeechFrequenciesAndCutsTheRest(double hz, double atMost, double atLeast) {
        short[] tone = TestAudio.tone(hz, 10000, 16000, 8000);
        double[] out = TelephoneBand.apply(tone);
        short[] settled = new short[8000];
        for (int i = 0; i < settled.length; i++) {
            settled[i] = Pcm.clip(out[8000 + i]);
        }
        double gainDb = 10 * Math.log10(Pcm.power(settled) / Pcm.power(java.util.Arrays.copyOfRange(tone, 8000, 16000)));
        assertThat(gainDb).isLessThanOrEqualTo(atMost).isGreaterThanOrEqualTo(atLeast);
    }

    @Test
    void aCleanLineBringsSpeechToTheNominalLevelAndCarriesSilenceAsSilence() {
        TelephoneChannel clean = TelephoneChannel.clean();
        short[] quiet = Pcm.scaled(SPEECH, 0.05);

        assertThat(Pcm.dbfs(Pcm.activePower(clean.transmit(quiet, 0))))
                .isCloseTo(TelephoneChannel.DEFAULT_SPEECH_DBFS, within(1.0));
        assertThat(clean.transmit(quiet, 0)).hasSameSizeAs(quiet);
        assertThat(clean.silence(800, 0)).containsOnly((short) 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pink20", "white10", "brown15", "cafe15", "cafe5"})
    void noiseIsAddedAtTheRequestedSignalToNoiseRatio(String condition) {
        NoiseCondition noise = NoiseCondition.parse(condition);
        TelephoneChannel line = TelephoneChannel.open(noise);
        short[] noisy = line.transmit(SPEECH, 12345);
        short[] speechOnly = TelephoneChannel.clean().transmit(SPEECH, 0);
        double error = 0;
        for (int i = 0; i < noisy.length; i++) {
            error += Math.pow(noisy[i] - speechOnly[i], 2);
        }
        double measured = Pcm.dbfs(Pcm.activePower(speechOnly)) - Pcm.dbfs(error / noisy.length);

        // one utterance's stretch of a non-stationary noise (babble) varies around the loop's mean level
        assertThat(measured).isCloseTo(noise.snrDb(), within(noise.kind().equals("cafe") ? 3.0 : 1.0));
        short[] between = line.silence(16000, 0);
        assertThat(Pcm.dbfs(Pcm.power(between)))
                .isCloseTo(TelephoneChannel.DEFAULT_SPEECH_DBFS - noise.snrDb(), within(noise.kind().equals("cafe")
                        ? 4.0 : 1.5));
    }

    @Test
    void theNoiseRunsOnAcrossCallsFromTheGivenPosition() {
        TelephoneChannel line = TelephoneChannel.open(NoiseCondition.parse("pink10"));
        short[] whole = line.silence(4000, 100);
        short[] secondHalf = line.silence(2000, 2100);
        // the filter restarts per call, so compare after its settling time
        for (int i = 400; i < 2000; i++) {
            assertThat(Math.abs(whole[2000 + i] - secondHalf[i])).isLessThanOrEqualTo(Math.abs(whole[2000 + i]) / 16 + 64);
        }
    }

    @Test
    void noiseConditionsParseAndExplainMistakes() {
        assertThat(NoiseCondition.parse("none").silent()).isTrue();
        assertThat(NoiseCondition.parse("Cafe15")).isEqualTo(new NoiseCondition("cafe", 15));
        assertThat(NoiseCondition.parse("pink7.5").toString()).isEqualTo("pink7.5");
        assertThatThrownBy(() -> NoiseCondition.parse("street10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noise 'street10'").hasMessageContaining("cafe, pink, white, brown");
        assertThatThrownBy(() -> NoiseCondition.parse("cafe")).isInstanceOf(IllegalArgumentException.class);
    }
}
