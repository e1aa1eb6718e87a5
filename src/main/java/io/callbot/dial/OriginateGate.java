package io.callbot.dial;

import java.util.UUID;

/**
 * Asked on the dialer's pacer thread right before an Originate is written, so that the call ledger records
 * "this attempt may have reached the phone" before it can have. False, or an exception, and the call is not
 * dialled: it ends FAILED without an Originate. Implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface OriginateGate {
    OriginateGate OPEN = attemptId -> true;

    boolean mayOriginate(UUID attemptId) throws Exception;
}
