package io.callbot.asr;

import java.time.Duration;

/**
 * When a caller's turn ends and when the robot gives up waiting; an immutable value.
 *
 * @param trailingSilence the turn ends after this much silence following speech
 * @param earlySilence the turn ends after only this much silence when the partial result already is an expected phrase
 * @param noInput with no speech this long (counted while the robot is silent) the turn ends with {@link NoInput}
 * @param minSpeech speech shorter than this does not start a turn (clicks, breaths)
 * @param maxSpeech a turn longer than this is cut and finalized
 * @param minBargeIn caller speech must last this long while the robot talks before {@link BargeIn} is raised,
 *        so a cough does not cut the robot off
 */
public record TurnSettings(Duration trailingSilence, Duration earlySilence, Duration noInput, Duration minSpeech,
        Duration maxSpeech, Duration minBargeIn) {

    public TurnSettings {
        positive("asr.turn.trailing_silence", trailingSilence);
        positive("asr.turn.early_silence", earlySilence);
        positive("asr.turn.no_input", noInput);
        positive("asr.turn.min_speech", minSpeech);
        positive("asr.turn.max_speech", maxSpeech);
        positive("asr.turn.min_barge_in", minBargeIn);
        if (earlySilence.compareTo(trailingSilence) > 0) {
            throw new IllegalArgumentException("asr.turn.early_silence must be <= trailing_silence, was "
                    + earlySilence.toMillis() + " ms > " + trailingSilence.toMillis() + " ms");
        }
    }

    private static void positive(String key, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(key + " must be > 0, was " + d);
        }
    }

    /** 700 ms trailing silence, 250 ms after a complete expected phrase, 5 s no-input, 300 ms barge-in. */
    public static TurnSettings defaults() {
        return new TurnSettings(Duration.ofMillis(700), Duration.ofMillis(250), Duration.ofSeconds(5),
                Duration.ofMillis(60), Duration.ofSeconds(15), Duration.ofMillis(300));
    }

    public TurnSettings withNoInput(Duration d) {
        return new TurnSettings(trailingSilence, earlySilence, d, minSpeech, maxSpeech, minBargeIn);
    }

    public TurnSettings withTrailingSilence(Duration d) {
        return new TurnSettings(d, earlySilence, noInput, minSpeech, maxSpeech, minBargeIn);
    }
}
