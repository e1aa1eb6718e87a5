package io.callbot.dial;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Places calls and follows them. Implementations are thread-safe. */
public interface Dialer extends AutoCloseable {

    /**
     * Queues a call; it is originated when pacing and the concurrency caps allow. Never dials the same attempt
     * twice: a second request for an attempt still in progress returns the first call, and one for an attempt
     * that already ended throws {@link IllegalStateException} (retries are new attempts with new ids).
     */
    DialedCall dial(DialRequest request);

    /**
     * Redirects a live answered call to a dialplan context / extension (transfer to a person or a queue). The result
     * completes when the PBX reports whether the caller reached someone (never exceptionally): a refused Redirect, a
     * call that is not live, a missing extension or nobody answering are failed results with their cause.
     */
    CompletableFuture<TransferResult> transfer(UUID attemptId, String context, String exten);

    /** Hangs up a live call (or cancels a queued one, which then ends FAILED without being dialled). */
    CompletableFuture<Void> hangup(UUID attemptId);

    LinkState linkState();

    void addLinkStateListener(LinkStateListener listener);

    /** Calls waiting for pacing or caps. */
    int queued();

    /** Calls originated and not yet ended. */
    int inFlight();

    @Override
    void close();
}
