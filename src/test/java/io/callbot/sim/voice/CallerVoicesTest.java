package io.callbot.sim.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each engine and voice the evaluation uses, through the real programs from Debian's packages. */
class CallerVoicesTest {

    private static final String SENTENCE = "please take me off your calling list";
    private final CallerVoices voices = CallerVoices.withoutMary();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"espeak:en-us", "espeak:en-us+m3", "espeak:en-gb+f2", "flite:kal", "flite:awb",
        "flite:rms", "flite:slt", "festival:kal_diphone", "festival:ked_diphone", "festival:cmu_us_slt_arctic_hts"})
    void eachVoiceSpeaksAudibleSpeechOfAPlausibleLength(String spec) {
        CallerVoice voice = voices.open(spec);
        short[] audio = voice.speak(SENTENCE);

        assertThat(voice.spec()).isEqualTo(spec);
        // seven words: a synthesizer takes about 1.5-3.5 s, whatever its rate
        assertThat(audio.length / 8000.0).as("seconds").isBetween(1.2, 4.5);
        assertThat(Pcm.dbfs(Pcm.activePower(audio))).as("active level dBFS").isGreaterThan(-40);
        assertThat(speechFrames(audio)).as("share of 20 ms frames with speech").isGreaterThan(0.5);
    }

    @Test
    void festivalRendersAListInOneRunInOrder() {
        List<short[]> audio = voices.open("festival:kal_diphone").speakAll(List.of("no", SENTENCE, "yes \"please\""));
        assertThat(audio).hasSize(3);
        assertThat(audio.get(1).length).isGreaterThan(2 * audio.get(0).length);
        assertThat(Pcm.activePower(audio.get(2))).isPositive();
    }

    @Test
    void textThatLooksLikeAnOptionIsSpokenNotParsed() {
        short[] audio = voices.open("espeak:en-us").speak("-v is not an option here");
        assertThat(audio.length / 8000.0).isGreaterThan(1.0);
    }

    @Test
    void malformedSpecsAndUnknownEnginesAreNamed() {
        assertThatThrownBy(() -> voices.open("espeak")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("caller voice 'espeak': expected ENGINE:VOICE");
        assertThatThrownBy(() -> voices.open("polly:joanna")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown engine 'polly'").hasMessageContaining("espeak, flite, festival");
    }

    @Test
    void unknownVoicesListWhatIsInstalled() {
        assertThatThrownBy(() -> voices.open("espeak:en-zz")).isInstanceOf(VoiceUnavailableException.class)
                .hasMessageContaining("caller voice 'espeak:en-zz'").hasMessageContaining("no language 'en-zz'")
                .hasMessageContaining("en-us");
        // espeak-ng itself would ignore an unknown variant and speak with the default one
        assertThatThrownBy(() -> voices.open("espeak:en-us+m99")).isInstanceOf(VoiceUnavailableException.class)
                .hasMessageContaining("no variant 'm99'");
        assertThatThrownBy(() -> voices.open("flite:hal9000")).isInstanceOf(VoiceUnavailableException.class)
                .hasMessageContaining("flite has no voice 'hal9000'").hasMessageContaining("kal");
        assertThatThrownBy(() -> voices.open("festival:nope_diphone")).isInstanceOf(VoiceUnavailableException.class)
                .hasMessageContaining("festival has no voice 'nope_diphone'").hasMessageContaining("kal_diphone");
        assertThatThrownBy(() -> voices.open("mary:cmu-slt-hsmm")).isInstanceOf(VoiceUnavailableException.class)
                .hasMessageContaining("MaryTTS voices are not available");
    }

    @Test
    void aMissingProgramSaysWhatToInstall() {
        assertThatThrownBy(() -> ExternalProgram.find("callbot-no-such-synthesizer", "festvox-foo"))
                .isInstanceOf(VoiceUnavailableException.class)
                .hasMessageContaining("'callbot-no-such-synthesizer' is not on the PATH")
                .hasMessageContaining("apt-get install festvox-foo");
    }

    @Test
    void schemeStringsEscapeQuotesAndBackslashes() {
        assertThat(FestivalVoice.schemeString("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
    }

    private static double speechFrames(short[] audio) {
        int frame = 160;
        int loud = 0;
        int frames = audio.length / frame;
        for (int f = 0; f < frames; f++) {
            short[] part = java.util.Arrays.copyOfRange(audio, f * frame, (f + 1) * frame);
            if (Pcm.dbfs(Pcm.power(part)) > -50) {
                loud++;
            }
        }
        return (double) loud / frames;
    }
}
