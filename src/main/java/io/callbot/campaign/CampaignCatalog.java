package io.callbot.campaign;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The campaigns currently in force, by (tenant, id), and for each the errors of its file's latest edit when that
 * edit was rejected (the running version then stays). Thread-safe: readers see an immutable snapshot that a scan
 * replaces as a whole, so the API never sees half an update.
 */
public final class CampaignCatalog {

    private record Snapshot(Map<CampaignKey, Campaign> campaigns, Map<CampaignKey, List<ValidationError>> rejected) {
    }

    private volatile Snapshot snapshot;

    /** A catalog holding {@code campaigns} (no directory behind it, e.g. the demo's one campaign). */
    public CampaignCatalog(Collection<Campaign> campaigns) {
        Map<CampaignKey, Campaign> byKey = new TreeMap<>();
        campaigns.forEach(c -> byKey.put(c.key(), c));
        publish(byKey, Map.of());
    }

    /** Every campaign in force, by key in (tenant, id) order. */
    public Map<CampaignKey, Campaign> campaigns() {
        return snapshot.campaigns();
    }

    public Optional<Campaign> get(CampaignKey key) {
        return Optional.ofNullable(snapshot.campaigns().get(key));
    }

    public Optional<Campaign> get(String tenant, String id) {
        return get(new CampaignKey(tenant, id));
    }

    /** Every campaign in force with this id, one per tenant using it, in tenant order. */
    public List<Campaign> withId(String id) {
        return snapshot.campaigns().values().stream().filter(c -> c.id().equals(id)).toList();
    }

    /** The errors of the rejected latest edit of the campaign's file; empty when the file on disk is in force. */
    public List<ValidationError> rejectedEdit(CampaignKey key) {
        return snapshot.rejected().getOrDefault(key, List.of());
    }

    void publish(Map<CampaignKey, Campaign> campaigns, Map<CampaignKey, List<ValidationError>> rejected) {
        Map<CampaignKey, List<ValidationError>> errors = new LinkedHashMap<>();
        rejected.forEach((key, list) -> errors.put(key, List.copyOf(list)));
        snapshot = new Snapshot(Collections.unmodifiableMap(new TreeMap<>(campaigns)),
                Collections.unmodifiableMap(errors));
    }
}
