package io.callbot.dial;

import java.util.function.LongSupplier;

/**
 * Calls-per-second pacing for one trunk: a token bucket refilled continuously from an injectable nanosecond
 * ticker (so tests can check the rate without waiting). Not thread-safe: used under the {@link DialQueue} lock.
 */
final class TokenBucket {

    private final double perNano;
    private final double capacity;
    private final LongSupplier ticker;
    private double tokens;
    private long last;

    /**
     * @param callsPerSecond refill rate, > 0
     * @param burst          most tokens kept; 1 means calls are spaced evenly at 1/rate
     */
    TokenBucket(double callsPerSecond, double burst, LongSupplier ticker) {
        if (!(callsPerSecond > 0)) {
            throw new IllegalArgumentException("dial.calls_per_second must be > 0, was " + callsPerSecond);
        }
        if (!(burst >= 1)) {
            throw new IllegalArgumentException("dial.burst must be >= 1, was " + burst);
        }
        this.perNano = callsPerSecond / 1e9;
        this.capacity = burst;
        this.ticker = ticker;
        this.tokens = burst;
        this.last = ticker.getAsLong();
    }

    boolean tryTake() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Nanoseconds (of the ticker) until the next token; 0 if one is available. */
    long nanosUntilToken() {
        refill();
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    }

    private void refill() {
        long now = ticker.getAsLong();
        if (now > last) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
        }
    }
}
