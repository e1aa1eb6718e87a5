package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class EnergyVadTest {

    private final EnergyVad vad = new EnergyVad(VadSettings.defaults());

    /** Fraction of the 10 ms frames classified as speech. */
    private double speechFraction(short[] audio) {
        int speech = 0;
        int frames = audio.length / EnergyVad.FRAME_SAMPLES;
        for (int f = 0; f < frames; f++) {
            if (vad.isSpeech(audio, f * EnergyVad.FRAME_SAMPLES)) {
                speech++;
            }
        }
        return (double) speech / frames;
    }

    @Test
    void quietLineNoiseIsNotSpeech() {
        assertThat(speechFraction(TestAudio.noise(16000, 30, 1))).isZero();
    }

    @Test
    void realSpeechIsDetectedAndItsSurroundingsAreNot() {
        speechFraction(TestAudio.noise(8000, 30, 1));
        assertThat(speechFraction(TestAudio.withNoise(TestAudio.speech("one-two-three"), 30, 2))).isGreaterThan(0.5);
        assertThat(speechFraction(TestAudio.noise(8000, 30, 3))).isZero();
    }

    @Test
    void theNoiseFloorFollowsALouderLine() {
        speechFraction(TestAudio.noise(8000, 30, 1));
        double quietFloor = vad.noiseFloorDbfs();
        // the line gets 30 dB noisier (-40 dBFS): noise first, then the floor catches up within the window
        short[] loud = TestAudio.noise(8000 * 3, 1000, 2);
        speechFraction(loud);
        assertThat(vad.noiseFloorDbfs()).isGreaterThan(quietFloor + 20);
        assertThat(speechFraction(TestAudio.noise(8000, 1000, 3))).isZero();
        // speech well above the new floor is still heard
        short[] speech = TestAudio.withNoise(TestAudio.speech("call-me-tomorrow"), 1000, 4);
        assertThat(speechFraction(speech)).isGreaterThan(0.4);
    }

    @Test
    void digitalSilenceIsNotSpeech() {
        assertThat(speechFraction(new short[8000])).isZero();
    }

    @Test
    void aToneBurstAfterSilenceIsSpeechFromItsFirstFrame() {
        speechFraction(TestAudio.noise(8000, 30, 1));
        short[] burst = TestAudio.tone(300, 5000, 800, 8000);
        assertThat(vad.isSpeech(burst, 0)).isTrue();
    }

    /**
     * End of turn on a noisy line: {@code before} ms of the line alone, then the caller's words over it, then the line
     * alone; the VAD's decisions drive a {@link TurnDetector} (default settings, no expected phrase) from 500 ms before
     * the words. Rows: the line (quiet, steady white noise, babble of 3 or 6 talkers), the words' level over it (dB).
     * Babble fluctuates: its quietest frame is far below its typical level, and a floor taken at that minimum left
     * every babble frame above the release margin, so the turn ran to max speech (15 s) instead of ending ~700 ms after
     * the words.
     */
    @ParameterizedTest(name = "{0} {1} dB under {2}")
    @CsvSource({
        "quiet, 40, one-two-three",
        "quiet, 40, please-remove-me-from-your-list",
        "white, 15, one-two-three",
        "white, 10, stop-calling-me",
        "babble3, 15, one-two-three",
        "babble6, 15, one-two-three",
        "babble6, 15, please-remove-me-from-your-list",
        "babble6, 15, stop-calling-me",
        "babble6, 12, call-me-tomorrow",
        "babble3, 12, no-thanks",
    })
    void aTurnEndsSoonAfterTheWordsOverItsLine(String line, double snrDb, String words) {
        short[] speech = TestAudio.speech(words);
        int before = 3000 * 8;
        int after = 4000 * 8;
        int total = before + speech.length + after;
        double noiseRms = TestAudio.activeRms(speech) * Math.pow(10, -snrDb / 20);
        short[] noise = switch (line) {
            case "quiet" -> TestAudio.noise(total, (int) Math.max(1, noiseRms), 7);
            case "white" -> TestAudio.noise(total, (int) noiseRms, 7);
            case "babble3" -> TestAudio.babble(total, 3, noiseRms, 7);
            case "babble6" -> TestAudio.babble(total, 6, noiseRms, 7);
            default -> throw new IllegalArgumentException(line);
        };
        short[] audio = TestAudio.mix(TestAudio.concat(new short[before], speech, new short[after]), noise);
        int wordsEnd = before + lastLoudSample(speech);

        TurnDetector turn = null;
        long ended = -1;
        for (int at = 0; at + EnergyVad.FRAME_SAMPLES <= audio.length && ended < 0; at += EnergyVad.FRAME_SAMPLES) {
            boolean isSpeech = vad.isSpeech(audio, at);
            if (at == before - 500 * 8) {
                turn = new TurnDetector(TurnSettings.defaults(), 8000);
            }
            if (turn != null && turn.onFrame(isSpeech, EnergyVad.FRAME_SAMPLES, false, () -> 0)
                    == TurnDetector.Signal.TURN_ENDED) {
                ended = at + EnergyVad.FRAME_SAMPLES;
            }
        }
        assertThat(turn.endReason()).isEqualTo(TurnDetector.EndReason.SILENCE);
        assertThat((ended - wordsEnd) / 8).isBetween(300L, 1000L);
    }

    /** The end of the last 10 ms frame of a clean clip within 40 dB of its loudest frame. */
    private static int lastLoudSample(short[] s) {
        double loudest = -90;
        for (int f = 0; f + EnergyVad.FRAME_SAMPLES <= s.length; f += EnergyVad.FRAME_SAMPLES) {
            loudest = Math.max(loudest, EnergyVad.levelDbfs(s, f, EnergyVad.FRAME_SAMPLES));
        }
        int end = 0;
        for (int f = 0; f + EnergyVad.FRAME_SAMPLES <= s.length; f += EnergyVad.FRAME_SAMPLES) {
            if (EnergyVad.levelDbfs(s, f, EnergyVad.FRAME_SAMPLES) >= loudest - 40) {
                end = f + EnergyVad.FRAME_SAMPLES;
            }
        }
        return end;
    }
}
