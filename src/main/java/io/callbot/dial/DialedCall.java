package io.callbot.dial;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A placed (or queued) call: its result, and when it ended. Both futures always complete, never exceptionally
 * for telephony reasons (busy, no answer and link loss are results); they may complete on any dialer thread, so
 * dependants should use the async variants for slow work.
 */
public record DialedCall(UUID attemptId, CompletableFuture<CallResult> result, CompletableFuture<CallEnd> ended) { }
