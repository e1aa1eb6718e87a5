package io.callbot.sim.audio;

/**
 * The end of a simulated call.
 *
 * @param outcome  how it ended
 * @param detail   a human-readable explanation (which step timed out, the I/O error)
 * @param atNanos  {@link System#nanoTime()} when the caller saw the end
 */
public record CallerEnd(CallerOutcome outcome, String detail, long atNanos) {
}
