package io.callbot.asr;

/**
 * Tuning of {@link EnergyVad}: levels in dB relative to full scale (dBFS) of 16-bit audio; an immutable value.
 *
 * @param onsetMarginDb a quiet frame becomes speech when it is this far above the noise floor
 * @param releaseMarginDb a speech frame stays speech while it is this far above the noise floor (hysteresis)
 * @param minSpeechDbfs frames quieter than this are never speech, however quiet the line is
 * @param initialNoiseFloorDbfs the floor assumed before any audio was measured
 * @param floorWindowMillis the noise floor is measured over about this long, so it follows a changing line
 * @param floorPercentile the noise floor is this low percentile (0-1) of the window's frame levels: the typical level
 *        of a fluctuating noise such as babble, where the single quietest frame lies far below it
 * @param floorCeilingDb the floor never rises more than this above the window's quietest frame, so a caller who talks
 *        through the whole window does not lift it into their own speech
 */
public record VadSettings(double onsetMarginDb, double releaseMarginDb, double minSpeechDbfs,
        double initialNoiseFloorDbfs, int floorWindowMillis, double floorPercentile, double floorCeilingDb) {

    public VadSettings {
        if (onsetMarginDb <= 0 || releaseMarginDb <= 0 || releaseMarginDb > onsetMarginDb) {
            throw new IllegalArgumentException("asr.vad margins must satisfy 0 < release <= onset, were onset="
                    + onsetMarginDb + " release=" + releaseMarginDb);
        }
        if (floorWindowMillis < 200) {
            throw new IllegalArgumentException("asr.vad.floor_window_ms must be >= 200, was " + floorWindowMillis);
        }
        if (!(floorPercentile >= 0 && floorPercentile < 1)) {
            throw new IllegalArgumentException("asr.vad.floor_percentile must be in [0, 1), was " + floorPercentile);
        }
        if (!(floorCeilingDb >= 0)) {
            throw new IllegalArgumentException("asr.vad.floor_ceiling_db must be >= 0, was " + floorCeilingDb);
        }
    }

    /** Onset 10 dB, release 6 dB over the floor; the floor is the 30th percentile of 2 s, at most 12 dB over its minimum. */
    public static VadSettings defaults() {
        return new VadSettings(10, 6, -50, -60, 2000, 0.3, 12);
    }
}
