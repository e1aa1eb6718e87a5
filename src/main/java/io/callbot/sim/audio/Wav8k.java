package io.callbot.sim.audio;

import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Reads a WAV file as 16-bit 8 kHz mono samples (javax.sound converts other PCM formats); stateless. */
public final class Wav8k {

    private static final AudioFormat TARGET = new AudioFormat(8_000f, 16, 1, true, false);

    private Wav8k() {
    }

    public static short[] read(Path wav) throws IOException {
        try (AudioInputStream source = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioInputStream in = source.getFormat().matches(TARGET) ? source
                    : AudioSystem.getAudioInputStream(TARGET, toMono16(source));
            byte[] b = in.readAllBytes();
            short[] s = new short[b.length / 2];
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8));
            }
            return s;
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new IOException(wav + ": cannot read as 8 kHz 16-bit mono PCM: " + e.getMessage(), e);
        }
    }

    private static AudioInputStream toMono16(AudioInputStream source) {
        AudioFormat f = source.getFormat();
        AudioFormat mono16 = new AudioFormat(f.getSampleRate(), 16, 1, true, false);
        return f.matches(mono16) ? source : AudioSystem.getAudioInputStream(mono16, source);
    }
}
