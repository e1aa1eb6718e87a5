package io.callbot.call;

import java.util.Set;

/**
 * How the engine's end reasons map to event types: answering machines are voicemail results, a transfer the PBX
 * did not complete is a failed transfer. The outcome names the engine sets itself are listed in docs/webhooks.md
 * ("System outcomes"). Stateless.
 */
public final class SystemOutcomes {
    /** The outcome a failed transfer ends with (set by the call layer when the PBX does not bridge the agent). */
    static final String TRANSFER_FAILED = "transfer_failed";
    private static final Set<String> VOICEMAIL_ENDS = Set.of("ANSWERING_MACHINE", "VOICEMAIL_LEFT");

    private SystemOutcomes() {}

    public static boolean isVoicemail(String endReason) {
        return VOICEMAIL_ENDS.contains(endReason);
    }

    static boolean isTransferFailure(String endReason, String outcome) {
        return "TRANSFER_FAILED".equals(endReason) || TRANSFER_FAILED.equals(outcome);
    }
}
