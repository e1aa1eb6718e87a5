package io.callbot.launch;

import io.callbot.dial.ResultKind;
import io.callbot.schedule.SkipReason;

/** Attempt results and stop reasons in the words the CRM events carry. Stateless. */
final class Unreachable {
    private Unreachable() {}

    static String describe(ResultKind kind, Integer q850Cause) {
        String words = switch (kind) {
            case BUSY -> "the line was busy";
            case NO_ANSWER -> "nobody answered";
            case REJECTED -> "the call was rejected";
            case INVALID_NUMBER -> "the number does not exist or cannot be reached";
            case CONGESTION -> "the network was congested";
            case FAILED -> "the call failed";
            case UNKNOWN -> "the end of the call is not known";
            case ANSWERED, VOICEMAIL -> "answered";
            case TRANSFER_FAILED -> "answered, but the transfer to a person reached nobody";
        };
        return q850Cause == null ? words : words + " (Q.850 cause " + q850Cause + ")";
    }

    static String describe(SkipReason stop) {
        return switch (stop) {
            case MAX_ATTEMPTS -> "the campaign's maximum number of attempts is reached";
            case NOT_RETRYABLE -> "the campaign does not retry this result";
            case OUTSIDE_DATES -> "no calling window is left before the campaign ends";
            default -> stop.code().replace('_', ' ');
        };
    }
}
