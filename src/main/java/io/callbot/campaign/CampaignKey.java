package io.callbot.campaign;

import java.util.Comparator;

/**
 * What identifies a campaign: its tenant and its id. Campaign ids are unique per tenant only, so two merchants may
 * both run {@code spring-sale}; every table, job and map that holds campaign data is keyed by both. Immutable.
 */
public record CampaignKey(String tenant, String id) implements Comparable<CampaignKey> {
    private static final Comparator<CampaignKey> ORDER =
            Comparator.comparing(CampaignKey::tenant).thenComparing(CampaignKey::id);

    public CampaignKey {
        if (tenant == null || id == null) {
            throw new IllegalArgumentException("a campaign key needs a tenant and an id, was " + tenant + "/" + id);
        }
    }

    @Override
    public int compareTo(CampaignKey other) {
        return ORDER.compare(this, other);
    }

    /** {@code tenant/id}, as logs and error messages name a campaign. */
    @Override
    public String toString() {
        return tenant + "/" + id;
    }
}
