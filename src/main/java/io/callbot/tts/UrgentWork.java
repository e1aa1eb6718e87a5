package io.callbot.tts;

/**
 * Counts renders a call needs now (queued or running) so background rendering can wait until there are none: the
 * synthesizer runs one request at a time, and a background sentence started just before a caller's reply would sit
 * in front of it. Thread-safe (a monitor).
 */
final class UrgentWork {

    private int pending;
    private boolean released;

    synchronized void begin() {
        pending++;
    }

    synchronized void end() {
        if (--pending == 0) {
            notifyAll();
        }
    }

    /** Blocks until no urgent render is pending (or {@link #release()}); restores the interrupt flag if interrupted. */
    synchronized void awaitNone() {
        while (pending > 0 && !released) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Lets every waiter go for good (the cache is closing). */
    synchronized void release() {
        released = true;
        notifyAll();
    }
}
