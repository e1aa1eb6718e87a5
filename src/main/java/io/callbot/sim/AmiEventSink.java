package io.callbot.sim;

/** Where simulated calls publish their AMI events (every logged-in session that wants events); thread-safe. */
interface AmiEventSink {
    void emit(AmiFrame event);
}
