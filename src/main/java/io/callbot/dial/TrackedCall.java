package io.callbot.dial;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/**
 * What the dialer knows about one call so far, gathered from events in whatever order they come. Mutable fields
 * are only touched on the {@link CallTracker}'s thread; the futures and {@link #channel} may be read anywhere.
 */
final class TrackedCall {

    final DialRequest request;
    final DialedCall handle;
    final String uniqueId;
    volatile String channel;
    volatile boolean dispatched;
    long sentNanos;
    long answeredNanos;
    boolean answered;
    boolean channelSeen;
    boolean inDoubt;
    String originateResponse;
    Integer originateReason;
    String amdStatus;
    Integer sipCode;
    ScheduledFuture<?> timer;
    /** The transfer in progress after an AMI Redirect, or null. */
    TransferWatch transfer;
    /** Runs once, just before {@link DialedCall#ended()} completes, so whoever sees the end sees the slots freed. */
    private Runnable beforeEnd = () -> { };

    TrackedCall(DialRequest request) {
        this.request = request;
        this.uniqueId = request.attemptId().toString();
        this.handle = new DialedCall(request.attemptId(), new CompletableFuture<>(), new CompletableFuture<>());
    }

    void beforeEnd(Runnable hook) {
        this.beforeEnd = hook;
    }

    boolean settled() {
        return handle.result().isDone();
    }

    boolean ended() {
        return handle.ended().isDone();
    }

    Duration timeToAnswer() {
        return answered && answeredNanos > 0 && sentNanos > 0 ? Duration.ofNanos(answeredNanos - sentNanos) : null;
    }

    void settle(ResultKind outcome, Integer cause, String causeText, String detail) {
        handle.result().complete(resultOf(outcome, cause, causeText, detail));
    }

    CallResult resultOf(ResultKind outcome, Integer cause, String causeText, String detail) {
        return new CallResult(request.attemptId(), outcome, cause, causeText, sipCode, timeToAnswer(), amdStatus, detail);
    }

    void end(Integer cause, String causeText, long nowNanos, boolean known) {
        Duration talk = answered && answeredNanos > 0 ? Duration.ofNanos(nowNanos - answeredNanos) : null;
        if (!handle.ended().isDone()) {
            beforeEnd.run();
        }
        handle.ended().complete(new CallEnd(request.attemptId(), cause, causeText, talk, known));
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
