package io.callbot.schedule;

/**
 * Told what each campaign tick did (for metrics: customers skipped by reason). Called on the Quartz worker thread
 * that ran the tick, after it, for ticks that looked at the audience (not those of a paused or finished campaign):
 * implementations must be thread-safe, quick, and not throw.
 */
@FunctionalInterface
public interface TickListener {

    /** Listens to nothing. */
    TickListener NONE = report -> { };

    void ticked(TickReport report);
}
