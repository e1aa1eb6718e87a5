package io.callbot.customer;

import java.util.List;
import java.util.Map;

/**
 * One profile as it appears in an import file or API call, unvalidated (blank strings mean "not given").
 * Immutable.
 *
 * @param tags       {@code kind:name} or {@code name} texts
 * @param attributes JSON values keyed by attribute name
 */
public record RawCustomer(String externalId, String phone, String firstName, String lastName, String language,
        String timezone, String consent, List<String> tags, Map<String, Object> attributes) {
    public RawCustomer {
        tags = tags == null ? List.of() : tags;
        attributes = attributes == null ? Map.of() : attributes;
    }
}
