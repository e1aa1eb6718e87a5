package io.callbot.call;

import java.time.Duration;

/**
 * Told how quickly the robot answers, for metrics. Called on a call's serial executor: implementations must be
 * thread-safe, quick, and not throw.
 */
@FunctionalInterface
public interface CallObserver {

    /** Observes nothing. */
    CallObserver NONE = (plan, gap) -> { };

    /**
     * The robot's reply to something the caller said was queued for playback {@code gap} after the caller's
     * speech ended (the reply is heard within one 20 ms frame of that unless an earlier clip still plays).
     */
    void responseGap(CallPlan plan, Duration gap);
}
