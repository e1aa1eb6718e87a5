package io.callbot.api;

import java.util.List;
import java.util.Optional;

/**
 * Read and control side of campaigns, implemented by the app over the campaign registry and the scheduler. Every
 * method returns only campaigns whose tenant the scope sees; empty means "no such campaign for this caller".
 * Implementations are thread-safe (called from the API's handler pool).
 */
public interface CampaignPort {

    List<CampaignSummary> list(TenantScope scope);

    Optional<CampaignDetail> get(TenantScope scope, String campaignId);

    /**
     * Applies the command and returns the campaign afterwards.
     *
     * @throws IllegalStateException when the command does not apply to the current state (e.g. resume a cancelled
     *     campaign); its message says why and is shown to the caller with status 409
     */
    Optional<CampaignSummary> control(TenantScope scope, String campaignId, CampaignCommand command);

    Optional<Funnel> stats(TenantScope scope, String campaignId);

    /** The campaign's unmatched caller answers per state, most frequent first; empty when not visible. */
    Optional<java.util.List<NoMatchRow>> noMatch(TenantScope scope, String campaignId, int limit);

    /**
     * Finished calls of the campaign between {@code from} (inclusive) and {@code to} (exclusive) by result and outcome,
     * in buckets of an hour or a day of {@code zone}; empty when not visible.
     */
    Optional<Timeline> timeline(TenantScope scope, String campaignId, java.time.Instant from, java.time.Instant to,
                                boolean daily, java.time.ZoneId zone);

    /** Answer rate of the campaign's calls by the hour of the customer's local day (24 rows); empty when not visible. */
    Optional<java.util.List<LocalHourRate>> answerRateByLocalHour(TenantScope scope, String campaignId);
}
