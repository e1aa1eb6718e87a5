package io.callbot.call;

import io.callbot.campaign.Campaign;
import io.callbot.dialog.engine.Action;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.dialog.engine.StaticPrompts;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms the prompt cache with a campaign's prompts that are the same for every customer, when a server starts or a
 * campaign file changes, so the first calls do not wait for synthesis. Runs on the cache's low-priority background
 * thread and returns at once; thread-safe.
 */
public final class CampaignPrompts {
    private static final Logger log = LoggerFactory.getLogger(CampaignPrompts.class);

    private CampaignPrompts() {
    }

    /** Starts rendering {@code campaign}'s static prompts; the future completes when all are cached. */
    public static CompletableFuture<Void> warm(Campaign campaign, CallServices services) {
        long started = System.nanoTime();
        List<Action.Prompt> prompts = StaticPrompts.of(campaign.dialog(),
                new DialogContext(null, campaign.id(), campaign.name(), campaign.data()),
                CampaignDialogs.settingsFor(campaign), services.clock());
        PromptSource source = new PromptSource(services.recordings().apply(campaign),
                services.voice().apply(campaign), services.prompts());
        CompletableFuture<Void> done = source.prerender(prompts);
        done.whenComplete((ok, error) -> {
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (error != null) {
                log.warn("campaign {}: warming its prompts failed after {} ms: {}", campaign.id(), ms,
                        error.getMessage());
            } else {
                log.info("campaign {}: {} static prompts cached in {} ms", campaign.id(), prompts.size(), ms);
            }
        });
        return done;
    }
}
