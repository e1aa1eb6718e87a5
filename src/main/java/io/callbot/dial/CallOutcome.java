package io.callbot.dial;

/** What became of one dial attempt, as the retry policy and the ledger need it. */
public enum CallOutcome {
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
    /** Answered by an answering machine (AMD said MACHINE). */
    MACHINE,
    /** The AMI link was lost while the call was in flight and its channel was gone when it came back. */
    UNKNOWN
}
