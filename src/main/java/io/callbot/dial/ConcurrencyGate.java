package io.callbot.dial;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts calls in flight per campaign, trunk and tenant against {@link DialLimits}. Not thread-safe: used under
 * the {@link DialQueue} lock.
 */
final class ConcurrencyGate {

    private final DialLimits limits;
    private final Map<String, Integer> campaigns = new HashMap<>();
    private final Map<String, Integer> trunks = new HashMap<>();
    private final Map<String, Integer> tenants = new HashMap<>();
    private int total;

    ConcurrencyGate(DialLimits limits) {
        this.limits = limits;
    }

    boolean hasRoom(DialRequest r) {
        return campaigns.getOrDefault(r.campaignId(), 0) < limits.campaignCap(r.campaignId())
                && trunks.getOrDefault(r.trunk(), 0) < limits.trunkCap(r.trunk())
                && tenants.getOrDefault(r.tenantId(), 0) < limits.tenantCap(r.tenantId());
    }

    void acquire(DialRequest r) {
        campaigns.merge(r.campaignId(), 1, Integer::sum);
        trunks.merge(r.trunk(), 1, Integer::sum);
        tenants.merge(r.tenantId(), 1, Integer::sum);
        total++;
    }

    void release(DialRequest r) {
        decrement(campaigns, r.campaignId());
        decrement(trunks, r.trunk());
        decrement(tenants, r.tenantId());
        total--;
    }

    int total() {
        return total;
    }

    private static void decrement(Map<String, Integer> counts, String key) {
        counts.computeIfPresent(key, (k, v) -> v <= 1 ? null : v - 1);
    }
}
