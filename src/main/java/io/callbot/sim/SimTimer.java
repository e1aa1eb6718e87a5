package io.callbot.sim;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs simulated-time steps on a shared scheduler, with every delay divided by a speed factor (2.0 = twice as fast
 * as real time), so tests and benchmarks can compress ring and talk times. Thread-safe.
 */
public final class SimTimer {

    private final ScheduledExecutorService scheduler;
    private final double speed;

    public SimTimer(ScheduledExecutorService scheduler, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("sim speed must be > 0, was " + speed);
        }
        this.scheduler = scheduler;
        this.speed = speed;
    }

    /** Runs the task after the simulated delay. */
    public ScheduledFuture<?> after(Duration simulated, Runnable task) {
        long nanos = (long) (simulated.toNanos() / speed);
        return scheduler.schedule(task, Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }

    public double speed() {
        return speed;
    }
}
