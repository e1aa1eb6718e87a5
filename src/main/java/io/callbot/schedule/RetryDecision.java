package io.callbot.schedule;

import java.time.Instant;

/** Either the instant the next attempt may start, or why there is none. Immutable. */
public record RetryDecision(Instant nextAttemptAt, SkipReason stopReason) {
    public static RetryDecision at(Instant t) {
        return new RetryDecision(t, null);
    }

    public static RetryDecision stop(SkipReason reason) {
        return new RetryDecision(null, reason);
    }

    public boolean retries() {
        return nextAttemptAt != null;
    }
}
