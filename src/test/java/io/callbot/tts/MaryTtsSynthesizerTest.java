package io.callbot.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.audio.AudioDecoding;
import io.callbot.audio.MonoPcm;
import io.callbot.audio.Pcm8k;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real MaryTTS (cmu-slt-hsmm from the pom); started once for the class (4-6 s). */
class MaryTtsSynthesizerTest {

    private static MaryTtsSynthesizer mary;

    @BeforeAll
    static void start() {
        mary = MaryTtsSynthesizer.start(Path.of("target", "marytts"));
    }

    @Test
    void speechComesOutAsEightKilohertzAudioOfAPlausibleLengthAndLevel() {
        Pcm8k audio = mary.synthesize("Hello, this is your delivery reminder.", TtsVoice.DEFAULT);

        assertThat(audio.duration().toMillis()).isBetween(1200L, 5000L);
        assertThat(rms(audio.samples())).isGreaterThan(500);
    }

    @Test
    void theSameTextGivesTheSameAudioEvenWhenSynthesizedFromSeveralThreadsAtOnce() throws Exception {
        List<String> texts = List.of("yes", "no thanks", "call me tomorrow");
        List<Pcm8k> sequential = texts.stream().map(t -> mary.synthesize(t, TtsVoice.DEFAULT)).toList();

        List<CompletableFuture<Pcm8k>> concurrent = texts.stream()
                .map(t -> CompletableFuture.supplyAsync(() -> mary.synthesize(t, TtsVoice.DEFAULT))).toList();

        for (int i = 0; i < texts.size(); i++) {
            assertThat(concurrent.get(i).get(60, TimeUnit.SECONDS)).as(texts.get(i)).isEqualTo(sequential.get(i));
        }
    }

    @Test
    void marysFortyEightKilohertzOutputBecomesEightKilohertzOfTheSameDuration() throws Exception {
        String text = "Your order number four two one seven ships today.";
        MonoPcm raw = AudioDecoding.decode(new marytts.LocalMaryInterface().generateAudio(text));

        Pcm8k audio = mary.synthesize(text, TtsVoice.DEFAULT);

        assertThat(raw.sampleRate()).isEqualTo(48_000);
        assertThat(audio.length()).isEqualTo(Math.round(raw.samples().length / 6.0));
        assertThat(audio.toLittleEndianBytes()).hasSize(audio.length() * 2);
    }

    @Test
    void aMissingVoiceIsAClearErrorNamingWhatIsInstalled() {
        TtsVoice missing = new TtsVoice("dfki-prudence-hsmm", Locale.UK);

        assertThatThrownBy(() -> mary.synthesize("hi", missing)).isInstanceOf(SynthesisException.class)
                .hasMessageContaining("dfki-prudence-hsmm").hasMessageContaining("cmu-slt-hsmm")
                .hasMessageContaining("META-INF/services");
        assertThatThrownBy(() -> MaryTtsSynthesizer.start(Path.of("target", "marytts"), missing))
                .isInstanceOf(SynthesisException.class).hasMessageContaining("not installed");
    }

    @Test
    void maryWritesNoLogFileOfItsOwn() {
        mary.synthesize("Testing the log.", TtsVoice.DEFAULT);

        assertThat(Path.of("log", "server.log")).doesNotExist();
        assertThat(Path.of(System.getProperty("mary.base"), "log", "server.log")).doesNotExist();
    }

    @Test
    void blankTextIsSilenceWithoutCallingMary() {
        assertThat(mary.synthesize("  ", TtsVoice.DEFAULT).length()).isZero();
    }

    private static double rms(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / Math.max(1, samples.length));
    }
}
