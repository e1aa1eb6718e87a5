package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import java.util.concurrent.CompletableFuture;

/**
 * Port to the dialer and call layer. Implementations are thread-safe; {@link #launch} must not block
 * (it paces and originates on its own threads).
 */
public interface CallLauncher {

    /** How many new calls of this campaign may start now (its concurrency and pacing limits minus live calls). */
    int capacity(Campaign campaign);

    /**
     * Originates the attempt. The launcher settles the attempt itself, whatever its result (in the launcher's one
     * settlement transaction: ledger result, retry plan, profile, opt-out, CRM events); the future completes when
     * the attempt is over and settled. The scheduler writes nothing for it: a future that completes exceptionally
     * (a launcher fault) leaves the row to reconciliation once its lease runs out.
     */
    CompletableFuture<Void> launch(ClaimedAttempt attempt);
}
