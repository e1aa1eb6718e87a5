package io.callbot.api;

import java.time.Instant;
import java.util.UUID;

/** One finished call attempt as listed. Immutable value. */
public record CallSummary(UUID id, String tenant, String campaignId, String customerId, int attemptNo,
                          String result, String outcome, Instant startedAt, Instant endedAt, long durationMillis) {
}
