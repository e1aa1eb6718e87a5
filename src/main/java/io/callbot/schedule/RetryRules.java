package io.callbot.schedule;

import io.callbot.campaign.RetryPolicy.RetryableResult;
import io.callbot.dial.ResultKind;
import java.util.Optional;

/** Which campaign retry rule applies to an attempt's result. Stateless. */
final class RetryRules {
    private RetryRules() {}

    /** The campaign retry rule that applies to this result, if it may be retried at all. */
    static Optional<RetryableResult> of(ResultKind kind) {
        return switch (kind) {
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
