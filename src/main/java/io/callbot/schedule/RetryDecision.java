package io.callbot.schedule;

import java.time.Instant;

/** Either the instant the next attempt may start, or why there is none. Immutable. */
public record RetryDecision(Instant nextAttemptAt, SkipReason stopReason) {
    /**
     * For the call layer's {@code AttemptLedger.finish(Connection, ...)}: no plan yet. The tick plans the retry
     * when the launcher's future completes; until then the customer counts as retry-pending.
     */
    public static final RetryDecision UNPLANNED = new RetryDecision(null, null);

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
