package io.callbot.sim.audio;

import java.time.Duration;

/** One step of a simulated caller's script. Immutable values. */
public sealed interface CallerStep {

    /** Speaks 16-bit 8 kHz mono samples in real-time 20 ms frames; {@code overRobot} first waits until the robot talks. */
    record Say(short[] pcm8kHz, boolean overRobot, Duration timeout) implements CallerStep {
    }

    /** Stays quiet for a while, sending frames of digital silence (a phone line's RTP keeps flowing). */
    record Silence(Duration duration) implements CallerStep {
    }

    /** Sends nothing at all for a while (what Asterisk forwards for a muted or DTX phone). */
    record Pause(Duration duration) implements CallerStep {
    }

    /** Presses a DTMF key. */
    record Dtmf(char digit) implements CallerStep {
    }

    /** Waits until the robot sends a speech frame; the script fails after {@code timeout}. */
    record WaitForRobotToSpeak(Duration timeout) implements CallerStep {
    }

    /** Waits until the robot has sent no speech for {@code quiet}; the script fails after {@code timeout}. */
    record WaitForRobotSilence(Duration quiet, Duration timeout) implements CallerStep {
    }

    /** Waits until the robot sends its hangup frame or closes; the script fails after {@code timeout}. */
    record WaitForRobotHangup(Duration timeout) implements CallerStep {
    }

    /**
     * Waits (sending what the caller sends when idle) until {@code condition} holds, checked every 20 ms on the
     * caller's event loop, so it must be quick; the script fails after {@code timeout}. For tests that must line the
     * caller up with something the robot does out of band.
     */
    record WaitUntil(java.util.function.BooleanSupplier condition, Duration timeout) implements CallerStep {
    }

    /** Hangs up as Asterisk does: closes the socket without a 0x00 frame. */
    record HangUp() implements CallerStep {
    }
}
