package io.callbot.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A call in progress. Immutable value.
 *
 * @param customerId  the customer's store id in the API's form, a string (openapi.yaml {@code LiveCall.customerId})
 * @param state       {@code DIALING} (ringing) or {@code IN_CALL} (answered)
 * @param dialogState the dialog state it is in, null before answer or when another node carries it
 * @param lastSaid    the last thing said on it, null when nothing yet (or another node carries it)
 * @param startedAt   when it was dialed
 * @param answeredAt  when it was answered, null while ringing
 */
public record LiveCall(UUID id, String tenant, String campaignId, String customerId, String state,
                       Instant startedAt, CustomerCard customer, String dialogState, Said lastSaid,
                       Instant answeredAt) {

    /** One utterance: {@code robot} or {@code customer}, the words, when. */
    public record Said(String speaker, String text, Instant at) {
    }

    public LiveCall(UUID id, String tenant, String campaignId, String customerId, String state, Instant startedAt) {
        this(id, tenant, campaignId, customerId, state, startedAt, null, null, null, null);
    }
}
