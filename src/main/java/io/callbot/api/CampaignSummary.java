package io.callbot.api;

/** One campaign as listed: id, owner tenant, name, running state and content version. Immutable value. */
public record CampaignSummary(String id, String tenant, String name, String state, String version) {
}
