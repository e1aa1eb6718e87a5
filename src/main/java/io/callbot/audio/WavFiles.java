package io.callbot.audio;

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

/**
 * Reads WAV files of any common format into {@link Pcm8k}, and writes 8 kHz 16-bit WAVs (mono prompts; the stereo
 * call recordings take their header from here). Stateless; any thread.
 */
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

    public static Pcm8k read8k(InputStream in, String name) throws IOException {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(in)) {
            return AudioDecoding.decode(audio).to8k();
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(name + ": not a readable WAV file (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    public static Pcm8k read8k(byte[] wav, String name) throws IOException {
        return read8k(new ByteArrayInputStream(wav), name);
    }

    /** A canonical 44-byte-header WAV: PCM, 8000 Hz, 16-bit signed little-endian, mono. */
    public static byte[] toWav(Pcm8k audio) {
        byte[] data = audio.toLittleEndianBytes();
        byte[] out = new byte[HEADER_BYTES + data.length];
        header(1, data.length).get(out, 0, HEADER_BYTES);
        System.arraycopy(data, 0, out, HEADER_BYTES, data.length);
        return out;
    }

    /**
     * A canonical 44-byte PCM WAV header for 8 kHz 16-bit audio of {@code channels} interleaved channels and
     * {@code dataBytes} of samples, ready to read (position 0).
     */
    public static ByteBuffer header(int channels, long dataBytes) {
        int blockAlign = 2 * channels;
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes));
        h.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
        h.putShort((short) 1).putShort((short) channels).putInt(Pcm8k.SAMPLE_RATE)
                .putInt(Pcm8k.SAMPLE_RATE * blockAlign);
        h.putShort((short) blockAlign).putShort((short) 16);
        h.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        return h.flip();
    }
}
