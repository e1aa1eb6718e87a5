package io.callbot.sim.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class Wav8kTest {

    @TempDir
    Path dir;

    @Test
    void reads8kHzMonoAsIs() throws IOException {
        Path wav = write(dir.resolve("a.wav"), 8_000, new short[] {1, -2, 300});
        assertThat(Wav8k.read(wav)).containsExactly((short) 1, (short) -2, (short) 300);
    }

    @Test
    void converts16kHzToAbout8kHzLength() throws IOException {
        Path wav = write(dir.resolve("b.wav"), 16_000, new short[16_000]);
        assertThat(Wav8k.read(wav).length).isBetween(7_950, 8_050);
    }

    @Test
    void notAWavNamesTheFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.wav"), "not audio");
        assertThatThrownBy(() -> Wav8k.read(bad)).isInstanceOf(IOException.class).hasMessageContaining("bad.wav");
    }

    private static Path write(Path file, int rate, short[] samples) throws IOException {
        byte[] b = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            b[2 * i] = (byte) samples[i];
            b[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        AudioFormat f = new AudioFormat(rate, 16, 1, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(b), f, samples.length),
                AudioFileFormat.Type.WAVE, file.toFile());
        return file;
    }
}
