package io.callbot.api;

import java.time.Instant;
import java.util.UUID;

/** A call in progress: where it is (state: DIALING, RINGING, IN_CALL, dialog state name). Immutable value. */
public record LiveCall(UUID id, String tenant, String campaignId, String customerId, String state,
                       Instant startedAt) {
}
