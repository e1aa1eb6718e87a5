package io.callbot.webhook;

import java.time.Duration;
import java.util.Optional;

/**
 * The outbox at a glance, for metrics and health.
 *
 * @param pending events waiting for their (next) attempt
 * @param delivering events being sent right now (claimed by a sender)
 * @param dead dead letters awaiting replay
 * @param oldestUndeliveredAge age of the oldest pending or delivering event, empty when there is none
 */
public record Backlog(long pending, long delivering, long dead, Optional<Duration> oldestUndeliveredAge) {

    /** Pending plus delivering: everything not yet delivered nor given up on. */
    public long undelivered() {
        return pending + delivering;
    }
}
