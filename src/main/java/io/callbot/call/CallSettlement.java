package io.callbot.call;

import java.sql.SQLException;

/**
 * Port to the one place an attempt is settled (the launcher's {@code AttemptSettlement}): an answered call's record
 * written in one transaction with its attempt's ledger result and retry plan, its profile changes, its opt-out and
 * its CRM events. Implementations are thread-safe and run on the caller's thread (the outcome writer's).
 */
public interface CallSettlement {
    /**
     * Writes the record in one transaction. With {@code onlyIfUnsettled} (a replayed record), nothing is written
     * when its attempt was settled before, and the result is false.
     */
    boolean settle(CallRecord record, boolean onlyIfUnsettled) throws SQLException;

    /** An opt-out said mid-call, applied at once in its own transaction (the call's record applies it again). */
    void optOutNow(CallPlan plan) throws SQLException;
}
