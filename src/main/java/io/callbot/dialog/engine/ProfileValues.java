package io.callbot.dialog.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up the dotted paths of templates and branch conditions ({@code customer.first_name},
 * {@code customer.attributes.tier}, {@code data.coupon}, {@code campaign.id}, {@code call.callback_at}).
 * A path whose root is none of these, or a {@code customer.x} that is no profile field, is looked up in the
 * customer's attributes, so {@code order.delivery_date} finds attribute {@code order}'s
 * {@code delivery_date}. Immutable view over the context; not thread-safe only through {@code call} values
 * the owning dialog changes.
 */
final class ProfileValues {

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Object> attributes;

    ProfileValues(DialogContext context, Map<String, Object> callValues) {
        CustomerView c = context.customer();
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("id", c.id());
        customer.put("first_name", c.firstName());
        customer.put("last_name", c.lastName());
        customer.put("phone", c.phone());
        customer.put("timezone", c.zone().getId());
        customer.put("tags", String.join(", ", c.tags()));
        customer.put("attributes", c.attributes());
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("id", context.campaignId());
        campaign.put("name", context.campaignName());
        root.put("customer", customer);
        root.put("data", context.data());
        root.put("campaign", campaign);
        root.put("call", callValues);
        this.attributes = c.attributes();
    }

    /** The value at {@code path}, or null when absent. */
    Object get(String path) {
        List<String> parts = Arrays.asList(path.split("\\."));
        Object value = walk(root, parts);
        if (value == null && parts.size() > 1 && parts.get(0).equals("customer")) {
            value = walk(attributes, parts.subList(1, parts.size()));
        }
        if (value == null && !root.containsKey(parts.get(0))) {
            value = walk(attributes, parts);
        }
        return value;
    }

    /** Follows {@code parts} through nested maps; a remaining dotted key is also tried as one flat key. */
    private static Object walk(Map<?, ?> map, List<String> parts) {
        Object flat = map.get(String.join(".", parts));
        if (flat != null || parts.size() == 1) {
            return flat;
        }
        Object child = map.get(parts.get(0));
        if (child instanceof Map<?, ?> nested) {
            return walk(nested, parts.subList(1, parts.size()));
        }
        return null;
    }
}
