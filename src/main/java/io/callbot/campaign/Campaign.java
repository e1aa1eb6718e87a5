package io.callbot.campaign;

import io.callbot.dialog.DialogSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One validated campaign file. Immutable; safe to share between threads. Build it with
 * {@link CampaignLoader#load(java.nio.file.Path)}, never by hand from unvalidated input.
 *
 * @param id       stable identifier, {@code [a-z0-9][a-z0-9-]*}
 * @param name     human-readable title
 * @param kind     why the customer is called
 * @param tenant   the merchant owning the campaign (every store query is scoped by it)
 * @param version  SHA-256 hex of the file bytes: a changed file is a new version
 * @param source   the file it came from, as given to the loader
 * @param priority order in which due customers are called, first key first; empty = by customer id
 * @param audience who is called
 * @param schedule when calls are released and when customers may be called
 * @param dial     how calls are placed and retried
 * @param voice    TTS / ASR settings
 * @param dialog   the conversation state machine
 * @param outcomes outcome definitions by name, in file order
 * @param webhook  where results are posted; null when the campaign posts none
 * @param data     campaign constants usable in templates as {@code {data.key}}; empty when none
 */
public record Campaign(
        String id,
        String name,
        CampaignKind kind,
        String tenant,
        String version,
        String source,
        List<PriorityKey> priority,
        Audience audience,
        Schedule schedule,
        DialSettings dial,
        VoiceSettings voice,
        DialogSpec dialog,
        Map<String, Outcome> outcomes,
        Webhook webhook,
        Map<String, String> data) {

    public Campaign {
        priority = priority == null ? List.of() : List.copyOf(priority);
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** The campaign's identity: ids are unique per tenant only. */
    public CampaignKey key() {
        return new CampaignKey(tenant, id);
    }
}
