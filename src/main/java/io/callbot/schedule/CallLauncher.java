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
     * Originates the attempt. The future completes when the call is over, with its result, or with null when the
     * attempt was settled where the call ended (an answered call, in the call layer's settlement transaction,
     * through {@link LedgerSettlement}); it completes exceptionally only when the attempt could not be placed at all
     * (treated as {@link io.callbot.dial.ResultKind#FAILED}).
     */
    CompletableFuture<AttemptResult> launch(ClaimedAttempt attempt);
}
