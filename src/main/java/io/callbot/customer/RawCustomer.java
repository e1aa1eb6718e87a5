package io.callbot.customer;

import java.util.List;
import java.util.Map;

/**
 * One profile as it appears in an import file or API call, unvalidated (blank strings mean "not given").
 * Immutable.
 *
 * @param consent         true/false text (yes/no, 1/0), blank when the file does not say
 * @param doNotCall       true/false text: true puts the customer on the do-not-call list; blank or false changes nothing
 * @param doNotCallReason why, when {@code doNotCall} is true
 * @param tags            {@code kind:name} or {@code name} texts
 * @param attributes      JSON values keyed by attribute name
 */
public record RawCustomer(String externalId, String phone, String firstName, String lastName, String language,
        String timezone, String consent, String doNotCall, String doNotCallReason, List<String> tags,
        Map<String, Object> attributes) {
    public RawCustomer {
        tags = tags == null ? List.of() : tags;
        attributes = attributes == null ? Map.of() : attributes;
    }

    /** Without do-not-call fields. */
    public RawCustomer(String externalId, String phone, String firstName, String lastName, String language,
            String timezone, String consent, List<String> tags, Map<String, Object> attributes) {
        this(externalId, phone, firstName, lastName, language, timezone, consent, null, null, tags, attributes);
    }
}
