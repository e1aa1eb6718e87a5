package io.callbot.audio;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Telephone audio ready to play: signed 16-bit mono samples at 8 kHz (AudioSocket kind {@code 0x10} once written
 * little-endian). Immutable (the array is copied in and out), so one cached prompt is safely shared by every call.
 */
public record Pcm8k(short[] samples) {

    public static final int SAMPLE_RATE = 8000;
    /** Samples in one 20 ms AudioSocket frame. */
    public static final int SAMPLES_PER_FRAME = 160;

    public Pcm8k {
        samples = Objects.requireNonNull(samples, "samples").clone();
    }

    /** A copy of the samples (8 kHz, signed 16-bit, mono). */
    @Override
    public short[] samples() {
        return samples.clone();
    }

    public static Pcm8k silence(Duration duration) {
        return new Pcm8k(new short[(int) (duration.toMillis() * SAMPLE_RATE / 1000)]);
    }

    /** Joins pieces in order, e.g. a recorded greeting followed by synthesized text. */
    public static Pcm8k concat(List<Pcm8k> pieces) {
        int total = pieces.stream().mapToInt(Pcm8k::length).sum();
        short[] out = new short[total];
        int at = 0;
        for (Pcm8k piece : pieces) {
            System.arraycopy(piece.samples, 0, out, at, piece.samples.length);
            at += piece.samples.length;
        }
        return new Pcm8k(out);
    }

    public int length() {
        return samples.length;
    }

    public short sample(int index) {
        return samples[index];
    }

    public Duration duration() {
        return Duration.ofMillis(samples.length * 1000L / SAMPLE_RATE);
    }

    /** The samples as signed 16-bit little-endian bytes, the AudioSocket slin payload layout. */
    public byte[] toLittleEndianBytes() {
        byte[] out = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            out[2 * i] = (byte) samples[i];
            out[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return out;
    }

    /** Size of the sample data in bytes, for cache accounting. */
    public long byteSize() {
        return samples.length * 2L;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pcm8k that && Arrays.equals(samples, that.samples);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "Pcm8k[" + samples.length + " samples, " + duration().toMillis() + " ms]";
    }
}
