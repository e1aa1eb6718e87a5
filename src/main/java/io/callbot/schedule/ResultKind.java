package io.callbot.schedule;

import io.callbot.campaign.RetryPolicy.RetryableResult;
import java.util.Optional;

/** How one attempt ended, as far as dialing goes (the dialer classifies by the Hangup's Q.850 cause). */
public enum ResultKind {
    ANSWERED, BUSY, NO_ANSWER, REJECTED, INVALID_NUMBER, CONGESTION, FAILED, VOICEMAIL,
    /** Answered, and the dialog transferred the caller, but the PBX reported nobody was reached. */
    TRANSFER_FAILED,
    /** Nobody knows: the server crashed or lost the call; retried only as a no-answer would be. */
    UNKNOWN;

    /** The campaign retry rule that applies to this result, if it may be retried at all. */
    public Optional<RetryableResult> retryRule() {
        return switch (this) {
            case BUSY -> Optional.of(RetryableResult.BUSY);
            case NO_ANSWER, UNKNOWN -> Optional.of(RetryableResult.NO_ANSWER);
            case CONGESTION -> Optional.of(RetryableResult.CONGESTION);
            case FAILED -> Optional.of(RetryableResult.FAILED);
            case VOICEMAIL -> Optional.of(RetryableResult.VOICEMAIL);
            case TRANSFER_FAILED -> Optional.of(RetryableResult.TRANSFER_FAILED);
            case ANSWERED, REJECTED, INVALID_NUMBER -> Optional.empty();
        };
    }
}
