package io.callbot.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.callbot.audio.Pcm8k;
import io.callbot.audio.WavFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat.Encoding;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class RecordedPromptsTest {

    private static final double AMPLITUDE = 12_000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} Hz, {1}-bit, {2} channel(s), {3}")
    @CsvSource(textBlock = """
            8000,  16, 1, PCM_SIGNED,   0.02
            16000, 16, 1, PCM_SIGNED,   0.02
            22050, 16, 2, PCM_SIGNED,   0.02
            44100, 16, 2, PCM_SIGNED,   0.02
            48000, 16, 1, PCM_SIGNED,   0.02
            44100, 24, 1, PCM_SIGNED,   0.02
            8000,   8, 1, PCM_UNSIGNED, 0.05
            22050,  8, 2, PCM_UNSIGNED, 0.05
            8000,   8, 1, ULAW,         0.05
            16000,  8, 1, ALAW,         0.05
            """)
    void anyCommonWavBecomesEightKilohertzMonoWithTheToneIntact(float rate, int bits, int channels, String encoding,
            double tolerance) throws IOException {
        TestWavs.tone(dir.resolve("tone.wav"), rate, bits, channels, new Encoding(encoding), 0.75, AMPLITUDE);

        RecordedPrompts prompts = RecordedPrompts.load(dir);
        Pcm8k audio = prompts.require("tone.wav");

        assertThat(prompts.problems()).isEmpty();
        assertThat(audio.length()).isCloseTo(6000, within(Pcm8k.SAMPLES_PER_FRAME));
        assertThat(Tones.amplitudeAt(audio.samples(), Pcm8k.SAMPLE_RATE, 1000, 200))
                .isCloseTo(AMPLITUDE, within(AMPLITUDE * tolerance));
    }

    @Test
    void promptsInSubdirectoriesAreNamedByRelativePathAndBadFilesAreReportedNotFatal() throws IOException {
        Files.createDirectories(dir.resolve("en"));
        TestWavs.tone(dir.resolve("en/hello.wav"), 16000, 16, 1, Encoding.PCM_SIGNED, 0.5, AMPLITUDE);
        TestWavs.tone(dir.resolve("bye.WAV"), 8000, 16, 1, Encoding.PCM_SIGNED, 0.5, AMPLITUDE);
        Files.writeString(dir.resolve("broken.wav"), "this is not audio");
        Files.writeString(dir.resolve("notes.txt"), "ignored");

        RecordedPrompts prompts = RecordedPrompts.load(dir);

        assertThat(prompts.names()).containsExactlyInAnyOrder("en/hello.wav", "bye.WAV");
        assertThat(prompts.problems()).singleElement().asString().contains("broken.wav");
        assertThatThrownBy(() -> prompts.require("missing.wav")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.wav").hasMessageContaining(dir.toString())
                .hasMessageContaining("en/hello.wav");
    }

    @Test
    void aMissingDirectoryHoldsNoPromptsAndSaysSo() {
        RecordedPrompts prompts = RecordedPrompts.load(dir.resolve("nope"));
        assertThat(prompts.get("hello.wav")).isEmpty();
        assertThat(prompts.problems()).singleElement().asString().contains("voice.prompts_dir").contains("nope");
        assertThatThrownBy(() -> prompts.require("hello.wav")).hasMessageContaining("nope");
    }

    @Test
    void writtenWavsReadBackSampleForSample() throws IOException {
        Pcm8k original = new Pcm8k(Tones.sine(440, 8000, 0.3, 9000));
        Path file = dir.resolve("roundtrip.wav");
        Files.write(file, WavFiles.toWav(original));

        assertThat(WavFiles.read8k(file)).isEqualTo(original);
    }
}
