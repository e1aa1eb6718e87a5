package io.callbot.media;

import io.callbot.audio.Pcm16;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * One AudioSocket message: a kind and its payload (audio payloads are 16-bit little-endian mono PCM).
 * Immutable value (the payload array is never exposed), thread-safe.
 */
public final class AudioSocketFrame {

    /** 20 ms of 8 kHz 16-bit audio: the frame size Asterisk sends and expects. */
    public static final int SLIN_8K_FRAME_BYTES = 320;

    private static final byte[] EMPTY = new byte[0];

    private final AudioSocketKind kind;
    private final byte[] payload;

    private AudioSocketFrame(AudioSocketKind kind, byte[] payload) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.payload = payload;
    }

    /** A frame of the given kind with a copy of the payload (at most 65535 bytes). */
    public static AudioSocketFrame of(AudioSocketKind kind, byte[] payload) {
        if (payload.length > 0xffff) {
            throw new IllegalArgumentException("AudioSocket payload must be <= 65535 bytes, was " + payload.length);
        }
        return new AudioSocketFrame(kind, payload.clone());
    }

    public static AudioSocketFrame hangup() {
        return new AudioSocketFrame(AudioSocketKind.HANGUP, EMPTY);
    }

    public static AudioSocketFrame uuid(UUID id) {
        ByteBuffer b = ByteBuffer.allocate(16);
        b.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return new AudioSocketFrame(AudioSocketKind.UUID, b.array());
    }

    public static AudioSocketFrame dtmf(char digit) {
        return new AudioSocketFrame(AudioSocketKind.DTMF, new byte[] {(byte) digit});
    }

    /** An 8 kHz audio frame holding the given samples (encoded little-endian). */
    public static AudioSocketFrame slin8k(short[] samples8kHz) {
        return new AudioSocketFrame(AudioSocketKind.SLIN_8K, Pcm16.toLittleEndian(samples8kHz));
    }

    public static AudioSocketFrame error(int code) {
        return new AudioSocketFrame(AudioSocketKind.ERROR, new byte[] {(byte) code});
    }

    /** Wraps an array the caller hands over and never touches again (no copy: the hot path of the decoder and pacer). */
    static AudioSocketFrame wrap(AudioSocketKind kind, byte[] ownedPayload) {
        return new AudioSocketFrame(kind, ownedPayload);
    }

    public AudioSocketKind kind() {
        return kind;
    }

    public int payloadLength() {
        return payload.length;
    }

    public byte[] payload() {
        return payload.clone();
    }

    /** The payload without a copy, for the encoder in this package only. */
    byte[] payloadUnsafe() {
        return payload;
    }

    /** The call UUID of a {@link AudioSocketKind#UUID} frame. */
    public UUID uuidValue() {
        requireKind(AudioSocketKind.UUID);
        ByteBuffer b = ByteBuffer.wrap(payload);
        return new UUID(b.getLong(), b.getLong());
    }

    /** The ASCII digit of a {@link AudioSocketKind#DTMF} frame. */
    public char dtmfDigit() {
        requireKind(AudioSocketKind.DTMF);
        return (char) (payload[0] & 0xff);
    }

    /** The samples of an audio frame, at {@code kind().sampleRateHz()}. */
    public short[] samples() {
        if (!kind.isAudio()) {
            throw new IllegalStateException("not an audio frame: " + kind);
        }
        return Pcm16.fromLittleEndian(payload);
    }

    private void requireKind(AudioSocketKind expected) {
        if (kind != expected) {
            throw new IllegalStateException("expected a " + expected + " frame, was " + kind);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudioSocketFrame f && f.kind == kind && Arrays.equals(f.payload, payload);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        String detail = switch (kind) {
            case UUID -> uuidValue().toString();
            case DTMF -> String.valueOf(dtmfDigit());
            default -> payload.length + " bytes";
        };
        return "AudioSocketFrame[" + kind + ", " + detail + "]";
    }
}
