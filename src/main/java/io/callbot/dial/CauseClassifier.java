package io.callbot.dial;

/**
 * Maps the Q.850 cause of an unanswered call's {@code Hangup} event to an outcome, as Asterisk 22 reports them
 * (see the transcripts in {@code src/test/resources/ami}). Stateless.
 */
public final class CauseClassifier {

    private CauseClassifier() {
    }

    /** The outcome of a call that was never answered and hung up with this cause; unknown causes are FAILED. */
    public static ResultKind unanswered(Integer cause) {
        if (cause == null) {
            return ResultKind.FAILED;
        }
        return switch (cause) {
            case 17 -> ResultKind.BUSY;
            case 18, 19, 20 -> ResultKind.NO_ANSWER;
            case 21 -> ResultKind.REJECTED;
            case 1, 3, 22, 28 -> ResultKind.INVALID_NUMBER;
            case 34, 38, 42 -> ResultKind.CONGESTION;
            default -> ResultKind.FAILED;
        };
    }

    /**
     * The outcome from an OriginateResponse Failure alone, used only when no Hangup arrives: Reason 0 with no
     * channel means Asterisk could not even create the channel (unknown endpoint or number).
     */
    public static ResultKind fromOriginateReason(Integer reason, boolean channelCreated) {
        if (reason == null) {
            return ResultKind.FAILED;
        }
        return switch (reason) {
            case 0 -> channelCreated ? ResultKind.FAILED : ResultKind.INVALID_NUMBER;
            case 1, 3 -> ResultKind.NO_ANSWER;
            case 5 -> ResultKind.BUSY;
            case 8 -> ResultKind.CONGESTION;
            default -> ResultKind.FAILED;
        };
    }
}
