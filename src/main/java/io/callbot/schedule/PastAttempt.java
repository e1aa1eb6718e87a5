package io.callbot.schedule;

import io.callbot.dial.ResultKind;
import java.time.Instant;

/**
 * One ledger row as the scheduler needs it. Immutable.
 *
 * @param result      null while the attempt is open or when a crash left it UNKNOWN
 * @param stopReason  set when no further attempt follows (e.g. {@code max_attempts}), else null
 * @param nextRetryAt when the next attempt may start, null if none is planned
 */
public record PastAttempt(
        int attemptNo, AttemptState state, ResultKind result, boolean isFinal, String stopReason,
        Instant createdAt, Instant endedAt, Instant nextRetryAt) {

    /** The result for retry counting: a crash-settled attempt counts as UNKNOWN. */
    public ResultKind effectiveResult() {
        return result != null ? result : state == AttemptState.UNKNOWN ? ResultKind.UNKNOWN : null;
    }
}
