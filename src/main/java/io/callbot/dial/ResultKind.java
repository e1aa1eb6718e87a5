package io.callbot.dial;

/**
 * How one dial attempt ended: what the dialer classifies from the Hangup's Q.850 cause, what the ledger stores
 * ({@code call_attempt.result}) and the retry policy reads. The one result type of an attempt.
 */
public enum ResultKind {
    /** A human (or an undetermined party) answered. */
    ANSWERED,
    /** Q.850 17. */
    BUSY,
    /** Q.850 18, 19, 20, or the ring timeout. */
    NO_ANSWER,
    /** Q.850 21 (SIP 603 Decline). */
    REJECTED,
    /** Q.850 1, 3, 22, 28, or an Originate the PBX refused without creating a channel. */
    INVALID_NUMBER,
    /** Q.850 34, 38, 42. */
    CONGESTION,
    /** Anything else; the raw cause is kept. */
    FAILED,
    /** Answered by an answering machine (AMD said MACHINE, or the dialog heard one). */
    VOICEMAIL,
    /** Answered, and the dialog transferred the caller, but the PBX reported nobody was reached. */
    TRANSFER_FAILED,
    /**
     * Nobody knows: the AMI link was lost while the call was in flight and its channel was gone when it came back,
     * or the server crashed or lost the call; retried only as a no-answer would be.
     */
    UNKNOWN;

    /** True when someone (a person or a machine) picked up. */
    public boolean answered() {
        return this == ANSWERED || this == VOICEMAIL;
    }
}
