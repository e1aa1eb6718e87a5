package io.callbot.tts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Writes WAV files of a 1 kHz tone in a chosen format through javax.sound's own WAV writer. */
final class TestWavs {

    private TestWavs() {
    }

    static void tone(Path file, float rate, int bits, int channels, AudioFormat.Encoding encoding, double seconds,
            double amplitude) throws IOException {
        short[] tone = Tones.sine(1000, Math.round(rate), seconds, amplitude);
        AudioFormat pcm16 = new AudioFormat(rate, 16, channels, true, false);
        byte[] bytes = new byte[tone.length * 2 * channels];
        for (int i = 0; i < tone.length; i++) {
            for (int c = 0; c < channels; c++) {
                int at = (i * channels + c) * 2;
                bytes[at] = (byte) tone[i];
                bytes[at + 1] = (byte) (tone[i] >> 8);
            }
        }
        AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(bytes), pcm16, tone.length);
        AudioFormat target = targetFormat(rate, bits, channels, encoding);
        if (!target.matches(pcm16)) {
            stream = convert(stream, target, bits, channels);
        }
        AudioSystem.write(stream, AudioFileFormat.Type.WAVE, file.toFile());
    }

    private static AudioFormat targetFormat(float rate, int bits, int channels, AudioFormat.Encoding encoding) {
        if (encoding.equals(AudioFormat.Encoding.ULAW) || encoding.equals(AudioFormat.Encoding.ALAW)) {
            return new AudioFormat(encoding, rate, 8, channels, channels, rate, false);
        }
        boolean signed = encoding.equals(AudioFormat.Encoding.PCM_SIGNED);
        return new AudioFormat(rate, bits, channels, signed, false);
    }

    /** 8- and 24-bit PCM are converted by hand; the JDK's converters cover only the 16-bit and companded cases. */
    private static AudioInputStream convert(AudioInputStream pcm16, AudioFormat target, int bits, int channels)
            throws IOException {
        if (target.getEncoding().equals(AudioFormat.Encoding.ULAW) || target.getEncoding().equals(AudioFormat.Encoding.ALAW)) {
            return AudioSystem.getAudioInputStream(target, pcm16);
        }
        byte[] in = pcm16.readAllBytes();
        int samples = in.length / 2;
        byte[] out = new byte[samples * bits / 8];
        for (int i = 0; i < samples; i++) {
            int value = (short) ((in[2 * i] & 0xff) | (in[2 * i + 1] << 8));
            if (bits == 8) {
                out[i] = (byte) ((value >> 8) + 128);
            } else {
                int v24 = value << 8;
                out[3 * i] = (byte) v24;
                out[3 * i + 1] = (byte) (v24 >> 8);
                out[3 * i + 2] = (byte) (v24 >> 16);
            }
        }
        return new AudioInputStream(new ByteArrayInputStream(out), target, samples / channels);
    }
}
