package io.callbot.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated profile to upsert by (tenant, external id); build it with {@link CustomerRecordParser}. Immutable.
 *
 * @param phone           E.164
 * @param firstName       null keeps the stored value on update
 * @param lastName        null keeps the stored value on update
 * @param language        BCP 47 tag, null keeps the stored value
 * @param timezone        IANA zone, explicit or derived from the phone; null when neither
 * @param timezoneSource  where {@code timezone} came from, null when unknown
 * @param consent         null keeps the stored value (false for a new profile)
 * @param doNotCall       true puts the customer on the do-not-call list (kept when already on it); false or null
 *                        changes nothing: an import never takes anyone off the list (only the API does)
 * @param doNotCallReason the reason stored with a new do-not-call entry (null: {@code import})
 * @param tags            added to the profile's tags (an import never removes tags)
 * @param attributes      JSON values (String, BigDecimal/Number, Boolean) merged over the stored ones
 */
public record CustomerRecord(String externalId, String phone, String firstName, String lastName, String language,
        String timezone, TimezoneSource timezoneSource, Boolean consent, Boolean doNotCall, String doNotCallReason,
        List<Tag> tags, Map<String, Object> attributes) {
    /** The reason stored when a row puts a customer on do-not-call without saying why. */
    public static final String IMPORT_DO_NOT_CALL_REASON = "import";

    public CustomerRecord {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(phone, "phone");
        tags = tags == null ? List.of() : List.copyOf(tags);
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** A record that says nothing about do-not-call. */
    public CustomerRecord(String externalId, String phone, String firstName, String lastName, String language,
            String timezone, TimezoneSource timezoneSource, Boolean consent, List<Tag> tags,
            Map<String, Object> attributes) {
        this(externalId, phone, firstName, lastName, language, timezone, timezoneSource, consent, null, null, tags,
                attributes);
    }

    /** Whether this record puts the customer on the do-not-call list. */
    public boolean putsOnDoNotCall() {
        return Boolean.TRUE.equals(doNotCall);
    }
}
