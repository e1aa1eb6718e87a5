package io.callbot.api;

import java.time.Instant;
import java.util.List;

/**
 * Why a customer was (not yet) called by a campaign: each reason a code ({@code DO_NOT_CALL},
 * {@code NOT_IN_AUDIENCE}, {@code FREQUENCY_CAP}, {@code OUTSIDE_WINDOW}, {@code DONE}, {@code RETRY_PENDING},
 * {@code CAMPAIGN_PAUSED}, ...) and a sentence; {@code nextEligibleAt} when known. Immutable value.
 */
public record WhyNotCalled(String customerId, String campaignId, boolean eligibleNow, List<Reason> reasons,
                           Instant nextEligibleAt) {
    public WhyNotCalled {
        reasons = List.copyOf(reasons);
    }

    /** One reason: a stable code and a human sentence. */
    public record Reason(String code, String message) {
    }
}
