package io.callbot.schedule;

/** Life of a ledger row: QUEUED -> DIALING -> IN_CALL -> FINISHED, or UNKNOWN after a crash, or CANCELLED. */
public enum AttemptState {
    QUEUED, DIALING, IN_CALL, FINISHED, UNKNOWN, CANCELLED;

    /** A call may be live (or about to be): nobody else may call this customer for the campaign. */
    public boolean isOpen() {
        return this == QUEUED || this == DIALING || this == IN_CALL;
    }
}
