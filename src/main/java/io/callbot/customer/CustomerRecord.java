package io.callbot.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated profile to upsert by (tenant, external id); build it with {@link CustomerRecordParser}. Immutable.
 *
 * @param phone          E.164
 * @param firstName      null keeps the stored value on update
 * @param lastName       null keeps the stored value on update
 * @param language       BCP 47 tag, null keeps the stored value
 * @param timezone       IANA zone, explicit or derived from the phone; null when neither
 * @param timezoneSource where {@code timezone} came from, null when unknown
 * @param consent        null keeps the stored value (false for a new profile)
 * @param tags           added to the profile's tags (an import never removes tags)
 * @param attributes     JSON values (String, BigDecimal/Number, Boolean, List, Map) merged over the stored ones
 */
public record CustomerRecord(String externalId, String phone, String firstName, String lastName, String language,
        String timezone, TimezoneSource timezoneSource, Boolean consent, List<Tag> tags, Map<String, Object> attributes) {

    public CustomerRecord {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(phone, "phone");
        tags = tags == null ? List.of() : List.copyOf(tags);
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
