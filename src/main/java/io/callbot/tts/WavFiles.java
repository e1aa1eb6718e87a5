package io.callbot.tts;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Reads WAV files of any common format into {@link Pcm8k}, and writes 8 kHz 16-bit mono WAVs. Stateless; any thread. */
public final class WavFiles {

    private static final int HEADER_BYTES = 44;

    private WavFiles() {
    }

    /** Decodes any common WAV (8-48 kHz, mono or stereo, 8/16/24-bit PCM, float, mu-law, a-law) to 8 kHz mono. */
    public static Pcm8k read8k(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read8k(in, file.toString());
        }
    }

    static Pcm8k read8k(InputStream in, String name) throws IOException {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(in)) {
            return AudioDecoding.decode(audio).to8k();
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(name + ": not a readable WAV file (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    static Pcm8k read8k(byte[] wav, String name) throws IOException {
        return read8k(new ByteArrayInputStream(wav), name);
    }

    /** A canonical 44-byte-header WAV: PCM, 8000 Hz, 16-bit signed little-endian, mono. */
    public static byte[] toWav(Pcm8k audio) {
        byte[] data = audio.toLittleEndianBytes();
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + data.length);
        header.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
        header.putShort((short) 1).putShort((short) 1).putInt(Pcm8k.SAMPLE_RATE).putInt(Pcm8k.SAMPLE_RATE * 2);
        header.putShort((short) 2).putShort((short) 16);
        header.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(data.length);
        byte[] out = new byte[HEADER_BYTES + data.length];
        System.arraycopy(header.array(), 0, out, 0, HEADER_BYTES);
        System.arraycopy(data, 0, out, HEADER_BYTES, data.length);
        return out;
    }
}
