package io.callbot.app;

import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignKey;
import io.callbot.campaign.CampaignListener;
import io.callbot.schedule.CampaignScheduler;
import java.util.function.Consumer;

/**
 * What the server does when a campaign file changes: a new or edited campaign is (re)scheduled, so the next tick
 * releases calls with the new version (calls already placed hold the version they were claimed with); a deleted
 * one is retired from the scheduler. {@code forget} drops what was cached per campaign (recorded prompts);
 * {@code warm} starts rendering the new version's static prompts in the background. Called on the campaign watcher's
 * scan thread.
 */
final class CampaignReloads implements CampaignListener {
    private final CampaignScheduler scheduler;
    private final Consumer<CampaignKey> forget;
    private final Consumer<Campaign> warm;

    CampaignReloads(CampaignScheduler scheduler, Consumer<CampaignKey> forget, Consumer<Campaign> warm) {
        this.scheduler = scheduler;
        this.forget = forget;
        this.warm = warm;
    }

    @Override
    public void added(Campaign campaign) throws Exception {
        forget.accept(campaign.key());
        scheduler.schedule(campaign);
        warm.accept(campaign);
    }

    @Override
    public void replaced(Campaign previous, Campaign current) throws Exception {
        forget.accept(current.key());
        scheduler.schedule(current);
        warm.accept(current);
    }

    @Override
    public void removed(Campaign campaign) throws Exception {
        scheduler.retire(campaign.key());
        forget.accept(campaign.key());
    }
}
