package io.callbot.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One finished call attempt as listed, with who it was with (null when the customer is gone). Immutable value.
 *
 * @param customerId the customer's store id in the API's form, a string (openapi.yaml {@code Call.customerId})
 */
public record CallSummary(UUID id, String tenant, String campaignId, String customerId, int attemptNo,
                          String result, String outcome, Instant startedAt, Instant endedAt, long durationMillis,
                          CustomerCard customer) {

    public CallSummary(UUID id, String tenant, String campaignId, String customerId, int attemptNo, String result,
                       String outcome, Instant startedAt, Instant endedAt, long durationMillis) {
        this(id, tenant, campaignId, customerId, attemptNo, result, outcome, startedAt, endedAt, durationMillis, null);
    }

    public CallSummary withCustomer(CustomerCard card) {
        return new CallSummary(id, tenant, campaignId, customerId, attemptNo, result, outcome, startedAt, endedAt,
                durationMillis, card);
    }
}
