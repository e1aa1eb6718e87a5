package io.callbot.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row claimed for delivery: what to send, where, and its retry bookkeeping. Immutable.
 *
 * @param seq the row's order in the outbox (per customer, lower is sent first)
 * @param attempts tries including the one this claim is for
 * @param retryWindowFrom start of the retry window (creation, or the last replay)
 */
public record OutboxEntry(
        long seq,
        UUID eventId,
        String idempotencyKey,
        String eventType,
        String tenant,
        String campaignId,
        String customerKey,
        String endpointUrl,
        String secretEnv,
        String payload,
        int attempts,
        Instant retryWindowFrom,
        Instant createdAt) {}
