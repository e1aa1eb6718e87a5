package io.callbot.dial;

import java.util.UUID;

/**
 * What became of a transfer to a person, as the PBX reported it. Immutable.
 *
 * @param attemptId   the call
 * @param target      {@code context,exten} the caller was sent to
 * @param reached     true when the PBX reported the caller reached someone: the transfer's {@code Dial}/{@code Queue}
 *                    answered ({@code DialEnd} with {@code DialStatus: ANSWER}, or {@code BridgeEnter}, on the
 *                    caller's channel)
 * @param cause       why it failed, in words an operator can act on (the missing extension, {@code QUEUESTATUS},
 *                    {@code DIALSTATUS}, the caller hanging up); null when reached
 * @param hangupCause the Q.850 cause of the caller's {@code Hangup} when that ended the transfer, else null
 */
public record TransferResult(UUID attemptId, String target, boolean reached, String cause, Integer hangupCause) {

    static TransferResult reached(UUID attemptId, String target) {
        return new TransferResult(attemptId, target, true, null, null);
    }

    static TransferResult failed(UUID attemptId, String target, String cause, Integer hangupCause) {
        return new TransferResult(attemptId, target, false, cause, hangupCause);
    }
}
