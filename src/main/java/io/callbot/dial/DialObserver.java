package io.callbot.dial;

/**
 * Told what the dialer does, for metrics: each Originate written, each call's result, each answering-machine
 * verdict. Link state changes go through {@link LinkStateListener}. Called on the dialer's pacer and events
 * threads: implementations must be thread-safe, return quickly and not throw.
 */
public interface DialObserver {

    /** Observes nothing. */
    DialObserver NONE = new DialObserver() { };

    /** An Originate for {@code request} was written to the PBX (once per dialled attempt). */
    default void originated(DialRequest request) {
    }

    /** An originated call settled: answered, machine, busy, no answer, ... (once per originated call). */
    default void settled(DialRequest request, CallResult result) {
    }

    /** The PBX's answering-machine detection said HUMAN, MACHINE or NOTSURE (once per call, first verdict). */
    default void machineVerdict(DialRequest request, String verdict) {
    }
}
