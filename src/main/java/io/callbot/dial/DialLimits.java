package io.callbot.dial;

import java.util.Map;

/**
 * Pacing and concurrency caps. Each map overrides the default for one key (campaign id, trunk name, tenant id).
 *
 * @param callsPerSecond      default originates per second per trunk
 * @param burst               token-bucket size per trunk (1 = evenly spaced)
 * @param perCampaign         default concurrent calls per campaign
 * @param perTrunk            default concurrent calls per trunk
 * @param perTenant           default concurrent calls per tenant
 */
public record DialLimits(double callsPerSecond, double burst, int perCampaign, int perTrunk, int perTenant,
                         Map<String, Double> callsPerSecondByTrunk, Map<String, Integer> campaignCaps,
                         Map<String, Integer> trunkCaps, Map<String, Integer> tenantCaps) {

    public DialLimits {
        positive(perCampaign, "dial.max_concurrent_per_campaign");
        positive(perTrunk, "dial.max_concurrent_per_trunk");
        positive(perTenant, "dial.max_concurrent_per_tenant");
        if (!(callsPerSecond > 0)) {
            throw new IllegalArgumentException("dial.calls_per_second must be > 0, was " + callsPerSecond);
        }
        callsPerSecondByTrunk = Map.copyOf(callsPerSecondByTrunk);
        campaignCaps = Map.copyOf(campaignCaps);
        trunkCaps = Map.copyOf(trunkCaps);
        tenantCaps = Map.copyOf(tenantCaps);
        campaignCaps.forEach((k, v) -> positive(v, "dial.campaign_caps." + k));
        trunkCaps.forEach((k, v) -> positive(v, "dial.trunk_caps." + k));
        tenantCaps.forEach((k, v) -> positive(v, "dial.tenant_caps." + k));
    }

    /** The same caps everywhere, no overrides. */
    public static DialLimits uniform(double callsPerSecond, int perCampaign, int perTrunk, int perTenant) {
        return new DialLimits(callsPerSecond, 1, perCampaign, perTrunk, perTenant, Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static void positive(int v, String key) {
        if (v <= 0) {
            throw new IllegalArgumentException(key + " must be > 0, was " + v);
        }
    }

    double rateFor(String trunk) {
        return callsPerSecondByTrunk.getOrDefault(trunk, callsPerSecond);
    }

    int campaignCap(String id) {
        return campaignCaps.getOrDefault(id, perCampaign);
    }

    int trunkCap(String id) {
        return trunkCaps.getOrDefault(id, perTrunk);
    }

    int tenantCap(String id) {
        return tenantCaps.getOrDefault(id, perTenant);
    }
}
