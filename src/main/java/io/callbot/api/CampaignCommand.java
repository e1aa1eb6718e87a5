package io.callbot.api;

/** The operator controls of a campaign, as the path segment of {@code POST /campaigns/{id}/<command>}. */
public enum CampaignCommand {
    START, PAUSE, RESUME, CANCEL
}
