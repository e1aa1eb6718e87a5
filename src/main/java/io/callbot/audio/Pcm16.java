package io.callbot.audio;

/** Conversions between 16-bit signed little-endian PCM bytes and samples; stateless, thread-safe. */
public final class Pcm16 {

    private Pcm16() {
    }

    /** Decodes little-endian 16-bit samples (the AudioSocket payload byte order); an odd trailing byte is ignored. */
    public static short[] fromLittleEndian(byte[] bytes) {
        short[] samples = new short[bytes.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
        }
        return samples;
    }

    /** Encodes samples as little-endian 16-bit bytes. */
    public static byte[] toLittleEndian(short[] samples, int offset, int count) {
        byte[] bytes = new byte[count * 2];
        for (int i = 0; i < count; i++) {
            short s = samples[offset + i];
            bytes[2 * i] = (byte) s;
            bytes[2 * i + 1] = (byte) (s >> 8);
        }
        return bytes;
    }

    public static byte[] toLittleEndian(short[] samples) {
        return toLittleEndian(samples, 0, samples.length);
    }
}
