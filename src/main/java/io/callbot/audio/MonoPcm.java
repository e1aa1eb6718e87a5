package io.callbot.audio;

import java.util.Objects;

/** Signed 16-bit mono samples at any sample rate, before conversion to {@link Pcm8k}. Immutable by convention; not shared. */
public record MonoPcm(short[] samples, int sampleRate) {

    public MonoPcm {
        Objects.requireNonNull(samples, "samples");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be > 0, was " + sampleRate);
        }
    }

    public Pcm8k to8k() {
        return new Pcm8k(Resampler.of(sampleRate, Pcm8k.SAMPLE_RATE).apply(samples));
    }
}
