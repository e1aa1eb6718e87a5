package io.callbot.webhook;

import java.time.Instant;
import java.util.UUID;

/** An event that was not delivered and will not be retried until replayed. Immutable. */
public record DeadLetter(
        UUID eventId,
        String eventType,
        String tenant,
        String campaignId,
        String customerKey,
        String endpointUrl,
        int attempts,
        Integer lastStatus,
        String lastError,
        Instant createdAt,
        Instant deadAt) {}
