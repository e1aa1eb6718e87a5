package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

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
}
