package io.callbot.api;

import java.time.Instant;

/** A webhook event that exhausted its retries. Immutable value. */
public record DeadLetterSummary(String id, String tenant, String campaignId, String eventType, String endpoint,
                         int attempts, String lastError, Instant createdAt, Instant deadAt) {
}
