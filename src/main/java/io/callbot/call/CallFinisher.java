package io.callbot.call;

/** Where finished calls go (the outcome writer). Implementations must not block the caller: hand off at once. */
public interface CallFinisher {
    /** The call ended; write its record. */
    void finished(CallRecord record);

    /** The caller opted out mid-call: mark do-not-call now, before the call even ends. */
    void doNotCallNow(CallPlan plan);
}
