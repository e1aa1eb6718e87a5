package io.callbot.dialog.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything about one call that the dialog reads but never changes: who is called and the campaign's
 * constants. Immutable.
 *
 * @param customer     the called customer
 * @param campaignId   the campaign's id ({@code campaign.id} in templates)
 * @param campaignName the campaign's title ({@code campaign.name}), or null
 * @param data         the campaign's {@code data} constants ({@code data.*} in templates)
 */
public record DialogContext(CustomerView customer, String campaignId, String campaignName, Map<String, String> data) {

    public DialogContext {
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
