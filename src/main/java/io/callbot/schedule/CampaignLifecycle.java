package io.callbot.schedule;

import java.util.Locale;

/** Where a campaign is in its life; stored lower-case in {@code campaign_state.state}. */
public enum CampaignLifecycle {
    SCHEDULED, RUNNING, PAUSED, COMPLETED, CANCELLED;

    /** True when ticks may create new attempts. */
    public boolean mayCall() {
        return this == SCHEDULED || this == RUNNING;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
