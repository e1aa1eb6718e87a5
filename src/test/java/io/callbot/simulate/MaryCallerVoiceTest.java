package io.callbot.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.sim.voice.CallerVoice;
import io.callbot.sim.voice.CallerVoices;
import io.callbot.sim.voice.Pcm;
import io.callbot.sim.voice.VoiceUnavailableException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** MaryTTS plugged into the caller voices through the robot's own synthesizer. */
class MaryCallerVoiceTest {

    private final CallerVoices voices = MaryCallerVoice.voices(Path.of("target/marytts"));

    @Test
    void maryVoiceSpeaksAtEightKilohertz() {
        CallerVoice voice = voices.open("mary:cmu-slt-hsmm");
        short[] audio = voice.speak("please take me off your calling list");

        assertThat(voice.spec()).isEqualTo("mary:cmu-slt-hsmm");
        assertThat(audio.length / 8000.0).isBetween(1.2, 4.5);
        assertThat(Pcm.dbfs(Pcm.activePower(audio))).isGreaterThan(-40);
    }

    @Test
    void anUnknownMaryVoiceListsTheInstalledOnes() {
        assertThatThrownBy(() -> voices.open("mary:dfki-poppy")).isInstanceOf(VoiceUnavailableException.class)
                .hasMessageContaining("caller voice 'mary:dfki-poppy'").hasMessageContaining("cmu-slt-hsmm");
    }
}
