package io.callbot.api;

import java.time.Instant;

/**
 * Filters and page of a call listing. Every filter is optional (null). Calls are ordered newest first by
 * {@code (endedAt DESC, id DESC)}; {@code after} is the position of the last call of the previous page (keyset
 * pagination, so a page costs the same at row 10 and row 1,000,000). Immutable value.
 *
 * @param customerId the store id of one customer
 * @param search     a CRM (external) id or a phone number, matched exactly (the phone after normalizing)
 */
public record CallQuery(String campaignId, String result, String outcome, Instant from, Instant to,
                        CallCursor after, int limit, Long customerId, String search) {

    public CallQuery(String campaignId, String result, String outcome, Instant from, Instant to, CallCursor after,
                     int limit) {
        this(campaignId, result, outcome, from, to, after, limit, null, null);
    }

    public CallQuery withPage(CallCursor next, int newLimit) {
        return new CallQuery(campaignId, result, outcome, from, to, next, newLimit, customerId, search);
    }
}
