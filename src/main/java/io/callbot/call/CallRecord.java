package io.callbot.call;

import io.callbot.dialog.engine.TranscriptEntry;
import io.callbot.media.MediaEndReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happened on one answered call, as written when it ends. Immutable.
 *
 * @param plan          the call's plan
 * @param outcome       the outcome name (the last one the dialog set, or the cut-off outcome)
 * @param endReason     why the dialog ended (COMPLETED, CALLER_HUNG_UP, ...), or the media failure
 * @param mediaEnd      how the audio connection ended (PEER_CLOSED, ROBOT_HANGUP, ...); null when not known
 * @param statePath     states entered, in order
 * @param transcript    both sides' utterances with time, text, confidence, matched intent
 * @param addTags       tags added to the profile
 * @param removeTags    tags removed from the profile
 * @param setFields     profile attributes set
 * @param callbackAt    when the customer asked to be called again, or null
 * @param doNotCall     whether the customer opted out
 * @param answeredAt    when the audio connected
 * @param endedAt       when the call ended (for a transfer: when the PBX said whether the caller reached someone)
 * @param transfer      how the transfer to a person ended, or null when the dialog did not transfer
 */
public record CallRecord(CallPlan plan, String outcome, CallEndReason endReason, MediaEndReason mediaEnd,
        List<String> statePath,
        List<TranscriptEntry> transcript, List<String> addTags, List<String> removeTags, Map<String, String> setFields,
        Instant callbackAt, boolean doNotCall, Instant answeredAt, Instant endedAt, TransferOutcome transfer) {

    public CallRecord {
        java.util.Objects.requireNonNull(endReason, "endReason");
        statePath = List.copyOf(statePath);
        transcript = List.copyOf(transcript);
        addTags = List.copyOf(addTags);
        removeTags = List.copyOf(removeTags);
        setFields = Map.copyOf(setFields);
    }

    /** A call whose dialog made no transfer. */
    public CallRecord(CallPlan plan, String outcome, CallEndReason endReason, MediaEndReason mediaEnd,
            List<String> statePath, List<TranscriptEntry> transcript, List<String> addTags, List<String> removeTags,
            Map<String, String> setFields, Instant callbackAt, boolean doNotCall, Instant answeredAt, Instant endedAt) {
        this(plan, outcome, endReason, mediaEnd, statePath, transcript, addTags, removeTags, setFields, callbackAt,
                doNotCall, answeredAt, endedAt, null);
    }

    /** True when the dialog transferred the caller and the PBX reported that nobody was reached. */
    public boolean transferFailed() {
        return transfer != null && !transfer.reached();
    }

    /** True when an answering machine took the call. */
    public boolean voicemail() {
        return endReason.voicemail();
    }
}
