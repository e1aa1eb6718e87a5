package io.callbot.asr;

/**
 * Tuning of {@link EnergyVad}: levels in dB relative to full scale (dBFS) of 16-bit audio; an immutable value.
 *
 * @param onsetMarginDb a quiet frame becomes speech when it is this far above the noise floor
 * @param releaseMarginDb a speech frame stays speech while it is this far above the noise floor (hysteresis)
 * @param minSpeechDbfs frames quieter than this are never speech, however quiet the line is
 * @param initialNoiseFloorDbfs the floor assumed before any audio was measured
 * @param floorWindowMillis the noise floor is the quietest frame over about this long, so it follows a changing line
 */
public record VadSettings(double onsetMarginDb, double releaseMarginDb, double minSpeechDbfs,
        double initialNoiseFloorDbfs, int floorWindowMillis) {

    public VadSettings {
        if (onsetMarginDb <= 0 || releaseMarginDb <= 0 || releaseMarginDb > onsetMarginDb) {
            throw new IllegalArgumentException("asr.vad margins must satisfy 0 < release <= onset, were onset="
                    + onsetMarginDb + " release=" + releaseMarginDb);
        }
        if (floorWindowMillis < 200) {
            throw new IllegalArgumentException("asr.vad.floor_window_ms must be >= 200, was " + floorWindowMillis);
        }
    }

    public static VadSettings defaults() {
        return new VadSettings(10, 6, -50, -60, 2000);
    }
}
