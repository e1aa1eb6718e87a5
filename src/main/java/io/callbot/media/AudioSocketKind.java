package io.callbot.media;

import java.util.Optional;

/**
 * The message kinds of Asterisk's AudioSocket protocol (first byte of each frame); immutable, thread-safe.
 * Audio kinds carry signed 16-bit little-endian mono samples at {@link #sampleRateHz()}.
 */
public enum AudioSocketKind {
    HANGUP(0x00, 0),
    UUID(0x01, 0),
    DTMF(0x03, 0),
    SLIN_8K(0x10, 8_000),
    SLIN_12K(0x11, 12_000),
    SLIN_16K(0x12, 16_000),
    SLIN_24K(0x13, 24_000),
    SLIN_32K(0x14, 32_000),
    SLIN_44K(0x15, 44_100),
    SLIN_48K(0x16, 48_000),
    SLIN_96K(0x17, 96_000),
    SLIN_192K(0x18, 192_000),
    ERROR(0xff, 0);

    private static final AudioSocketKind[] BY_CODE = new AudioSocketKind[256];

    static {
        for (AudioSocketKind k : values()) {
            BY_CODE[k.code] = k;
        }
    }

    private final int code;
    private final int sampleRateHz;

    AudioSocketKind(int code, int sampleRateHz) {
        this.code = code;
        this.sampleRateHz = sampleRateHz;
    }

    /** The wire byte, 0..255. */
    public int code() {
        return code;
    }

    /** Sample rate of an audio kind, 0 for the others. */
    public int sampleRateHz() {
        return sampleRateHz;
    }

    public boolean isAudio() {
        return sampleRateHz > 0;
    }

    /** The kind for a wire byte (0..255), empty when the byte names no known kind. */
    public static Optional<AudioSocketKind> fromCode(int code) {
        return Optional.ofNullable(BY_CODE[code & 0xff]);
    }
}
