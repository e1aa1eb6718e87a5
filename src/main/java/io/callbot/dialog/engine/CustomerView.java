package io.callbot.dialog.engine;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the dialog may read of the called customer: templates see it as {@code customer.*} and branch
 * conditions test it. Immutable (values of {@code attributes} are expected to be immutable too).
 *
 * @param id         the customer's id
 * @param firstName  first name, or null
 * @param lastName   last name, or null
 * @param phone      E.164 phone number, or null
 * @param zone       the customer's time zone (callback times are meant in it)
 * @param attributes free-form profile attributes; values may be strings, numbers, dates, booleans or
 *                   nested maps ({@code customer.attributes.order.delivery_date})
 * @param tags       the customer's tags, e.g. {@code brand:xiaomi}
 */
public record CustomerView(String id, String firstName, String lastName, String phone, ZoneId zone,
        Map<String, Object> attributes, Set<String> tags) {

    public CustomerView {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }
}
