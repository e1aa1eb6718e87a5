package io.callbot.api;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A customer profile as the API shows it. Immutable value. */
public record CustomerDetail(String id, String tenant, String externalId, String phone, String timezone,
                           Set<String> tags, Map<String, String> attributes, boolean doNotCall,
                           String doNotCallReason, Instant lastCalledAt) {
    public CustomerDetail {
        tags = Set.copyOf(tags);
        attributes = Map.copyOf(attributes);
    }
}
