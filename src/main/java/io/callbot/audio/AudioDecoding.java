package io.callbot.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.sound.sampled.AudioFormat.Encoding;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Turns a javax.sound {@link AudioInputStream} of any common PCM layout (8-bit unsigned or signed, 16/24/32-bit
 * signed either endianness, 32-bit float, mu-law, a-law; any channel count) into 16-bit mono samples at the stream's
 * own rate. Stateless; safe from any thread.
 */
public final class AudioDecoding {

    private AudioDecoding() {
    }

    public static MonoPcm decode(AudioInputStream stream) throws IOException {
        AudioInputStream pcm = toLinear(stream);
        AudioFormat format = pcm.getFormat();
        byte[] bytes = readFully(pcm);
        int frameSize = format.getFrameSize();
        int channels = format.getChannels();
        int bytesPerSample = frameSize / channels;
        int frames = bytes.length / frameSize;
        short[] mono = new short[frames];
        for (int f = 0; f < frames; f++) {
            long sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += sample16(bytes, f * frameSize + c * bytesPerSample, bytesPerSample, format);
            }
            mono[f] = (short) (sum / channels);
        }
        return new MonoPcm(mono, Math.round(format.getSampleRate()));
    }

    /**
     * Reads until end of stream. MaryTTS's streams return only part of the data from one
     * {@code readAllBytes()}-style call, so this loops on {@code read} until it reports -1.
     */
    static byte[] readFully(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        byte[] buffer = new byte[1 << 14];
        int n;
        while ((n = in.read(buffer)) != -1) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** mu-law and a-law are decoded by the JDK's codecs to 16-bit signed PCM; linear formats pass as they are. */
    private static AudioInputStream toLinear(AudioInputStream stream) throws IOException {
        AudioFormat format = stream.getFormat();
        Encoding encoding = format.getEncoding();
        if (encoding.equals(Encoding.PCM_SIGNED) || encoding.equals(Encoding.PCM_UNSIGNED)
                || encoding.equals(Encoding.PCM_FLOAT)) {
            checkSampleSize(format);
            return stream;
        }
        AudioFormat target = new AudioFormat(Encoding.PCM_SIGNED, format.getSampleRate(), 16,
                format.getChannels(), 2 * format.getChannels(), format.getSampleRate(), false);
        if (!AudioSystem.isConversionSupported(target, format)) {
            throw new IOException("unsupported audio encoding " + encoding + " (" + format + ")");
        }
        return AudioSystem.getAudioInputStream(target, stream);
    }

    private static void checkSampleSize(AudioFormat format) {
        int bits = format.getSampleSizeInBits();
        boolean ok = format.getEncoding().equals(Encoding.PCM_FLOAT)
                ? bits == 32 || bits == 64
                : bits == 8 || bits == 16 || bits == 24 || bits == 32;
        if (!ok || format.getFrameSize() != format.getChannels() * (bits / 8)) {
            throw new IllegalArgumentException("unsupported sample layout: " + format);
        }
    }

    private static int sample16(byte[] b, int at, int size, AudioFormat format) {
        Encoding encoding = format.getEncoding();
        if (size == 1) {
            return encoding.equals(Encoding.PCM_UNSIGNED) ? ((b[at] & 0xff) - 128) << 8 : b[at] << 8;
        }
        long raw = 0;
        for (int i = 0; i < size; i++) {
            int index = format.isBigEndian() ? at + i : at + size - 1 - i;
            raw = (raw << 8) | (b[index] & 0xff);
        }
        if (encoding.equals(Encoding.PCM_FLOAT)) {
            double value = size == 4 ? Float.intBitsToFloat((int) raw) : Double.longBitsToDouble(raw);
            return (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value * 32767)));
        }
        long signed = (raw << (64 - 8 * size)) >> (64 - 8 * size);
        if (encoding.equals(Encoding.PCM_UNSIGNED)) {
            signed = raw - (1L << (8 * size - 1));
        }
        return (int) (signed >> (8 * size - 16));
    }
}
