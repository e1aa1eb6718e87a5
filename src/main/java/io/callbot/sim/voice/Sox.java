package io.callbot.sim.voice;

import java.nio.file.Path;
import java.util.List;

/**
 * sox, for what it does better than hand-written code: resampling a synthesizer's WAV to 8 kHz (its band-limited
 * {@code rate} effect) and generating coloured noise. Thread-safe (every call is its own process).
 */
final class Sox {

    private final ExternalProgram sox;

    Sox() {
        this.sox = ExternalProgram.find("sox", "sox");
    }

    /** Any WAV sox reads, as 8 kHz 16-bit mono samples. */
    short[] read8k(Path wav) {
        return Pcm.fromLittleEndian(sox.run(List.of(wav.toString(), "-t", "raw", "-e", "signed-integer", "-b", "16",
                "-L", "-c", "1", "-", "rate", "-h", "8000"), null));
    }

    /**
     * {@code seconds} of 8 kHz noise of sox's {@code synth} kinds ({@code whitenoise}, {@code pinknoise},
     * {@code brownnoise}); {@code -R} makes it the same on every run.
     */
    short[] noise(String kind, double seconds) {
        return Pcm.fromLittleEndian(sox.run(List.of("-R", "-n", "-t", "raw", "-r", "8000", "-e", "signed-integer",
                "-b", "16", "-L", "-c", "1", "-", "synth", String.format(java.util.Locale.ROOT, "%.3f", seconds), kind,
                "vol", "0.5"), null));
    }
}
