package io.callbot.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored customer profile as read from the store. Immutable.
 *
 * @param phone          E.164
 * @param timezoneSource how {@code timezone} was set, null when no zone is known
 * @param attributes     the JSON attributes (String, BigDecimal, Boolean, List, Map values)
 */
public record CustomerProfile(long id, String tenant, String externalId, String phone, String firstName,
        String lastName, String language, String timezone, TimezoneSource timezoneSource, List<Tag> tags,
        Map<String, Object> attributes, boolean consent, boolean doNotCall, String doNotCallReason,
        Instant doNotCallAt, Instant createdAt, Instant updatedAt, Instant lastCalledAt, String lastOutcome,
        Instant callbackAt) {

    public CustomerProfile {
        tags = List.copyOf(tags);
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }

    /** True when the profile has a tag of that name (any kind). */
    public boolean hasTag(String name) {
        String n = Tag.normalizeName(name);
        return tags.stream().anyMatch(t -> t.name().equals(n));
    }
}
