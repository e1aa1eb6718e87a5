package io.callbot.call;

/**
 * The outcome the call layer sets itself: a transfer the PBX did not complete is a failed transfer (by its end reason
 * or its outcome). The outcome names the engine sets are listed in docs/webhooks.md ("System outcomes"). Stateless.
 */
public final class SystemOutcomes {
    /** The outcome a failed transfer ends with (set by the call layer when the PBX does not bridge the agent). */
    static final String TRANSFER_FAILED = "transfer_failed";

    private SystemOutcomes() {}

    static boolean isTransferFailure(CallEndReason endReason, String outcome) {
        return endReason instanceof CallEndReason.TransferFailed || TRANSFER_FAILED.equals(outcome);
    }
}
