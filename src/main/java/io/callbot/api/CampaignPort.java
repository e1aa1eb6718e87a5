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
}
