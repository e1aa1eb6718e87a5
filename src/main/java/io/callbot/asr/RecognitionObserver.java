package io.callbot.asr;

import java.time.Duration;

/**
 * Told the cost of each recognition, for metrics (real-time factor = {@code decode / audio}). Called on a
 * recognition executor thread once per finished turn: implementations must be thread-safe, quick, and not throw.
 */
@FunctionalInterface
public interface RecognitionObserver {

    /** Observes nothing. */
    RecognitionObserver NONE = (decode, audio) -> { };

    /**
     * A turn was decoded to its final result.
     *
     * @param decode wall time the recognizer spent on the turn (feeding, partial results, the final result)
     * @param audio  caller audio fed to it (pre-roll, speech and the trailing silence that ended the turn)
     */
    void decoded(Duration decode, Duration audio);

    /**
     * A turn's audio was decoded again free-form (on top of {@link #decoded}, which counts only the grammar pass).
     *
     * @param decode recognizer time the second pass took
     * @param audio  the turn's audio it decoded
     */
    default void secondPass(Duration decode, Duration audio) {
    }

    /**
     * A turn the rule would have decoded again free-form kept its grammar result instead, because recognition was
     * this far behind the caller's audio ({@link AsrSettings#secondPassMaxLag()}).
     */
    default void secondPassShed(Duration lag) {
    }
}
