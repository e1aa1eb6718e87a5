package io.callbot.campaign;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The campaigns currently in force, by id, and for each the errors of its file's latest edit when that edit was
 * rejected (the running version then stays). Thread-safe: readers see an immutable snapshot that a scan replaces
 * as a whole, so the API never sees half an update.
 */
public final class CampaignCatalog {

    private record Snapshot(Map<String, Campaign> campaigns, Map<String, List<ValidationError>> rejected) {
    }

    private volatile Snapshot snapshot;

    /** A catalog holding {@code campaigns} (no directory behind it, e.g. the demo's one campaign). */
    public CampaignCatalog(Collection<Campaign> campaigns) {
        Map<String, Campaign> byId = new TreeMap<>();
        campaigns.forEach(c -> byId.put(c.id(), c));
        publish(byId, Map.of());
    }

    /** Every campaign in force, by id in id order. */
    public Map<String, Campaign> campaigns() {
        return snapshot.campaigns();
    }

    public Optional<Campaign> get(String id) {
        return Optional.ofNullable(snapshot.campaigns().get(id));
    }

    /** The errors of the rejected latest edit of the campaign's file; empty when the file on disk is in force. */
    public List<ValidationError> rejectedEdit(String id) {
        return snapshot.rejected().getOrDefault(id, List.of());
    }

    void publish(Map<String, Campaign> campaigns, Map<String, List<ValidationError>> rejected) {
        Map<String, List<ValidationError>> errors = new LinkedHashMap<>();
        rejected.forEach((id, list) -> errors.put(id, List.copyOf(list)));
        snapshot = new Snapshot(java.util.Collections.unmodifiableMap(new TreeMap<>(campaigns)),
                java.util.Collections.unmodifiableMap(errors));
    }
}
