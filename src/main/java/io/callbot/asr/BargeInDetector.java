package io.callbot.asr;

/**
 * Decides when caller speech during the robot's own speech is a real interruption: it must add up to a minimum
 * duration (gaps shorter than the allowed gap do not reset it), so a cough or a click does not cut the robot off.
 * Fires once per robot utterance. Pure, time in samples, not thread-safe.
 */
public final class BargeInDetector {

    private final long minSpeech;
    private final long maxGap;
    private long speech;
    private long gap;
    private boolean fired;
    private boolean robotWasSpeaking;

    /**
     * @param minSpeechSamples speech needed before the barge-in fires
     * @param maxGapSamples a pause longer than this starts the count again
     */
    public BargeInDetector(long minSpeechSamples, long maxGapSamples) {
        this.minSpeech = minSpeechSamples;
        this.maxGap = maxGapSamples;
    }

    /** Advances by one frame; true exactly when the barge-in fires. */
    public boolean onFrame(boolean callerSpeech, int samples, boolean robotSpeaking) {
        if (!robotSpeaking) {
            robotWasSpeaking = false;
            return false;
        }
        if (!robotWasSpeaking) {
            robotWasSpeaking = true;
            speech = 0;
            gap = 0;
            fired = false;
        }
        if (callerSpeech) {
            speech += samples;
            gap = 0;
        } else {
            gap += samples;
            if (gap > maxGap) {
                speech = 0;
            }
        }
        if (!fired && speech >= minSpeech) {
            fired = true;
            return true;
        }
        return false;
    }
}
