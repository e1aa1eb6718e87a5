package io.callbot.campaign;

/** Why a campaign calls; the YAML spelling is {@link #yamlName()}. Immutable. */
public enum CampaignKind {
    MARKETING, SERVICE_NOTICE, RE_ENGAGEMENT;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
