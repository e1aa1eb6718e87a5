package io.callbot.schedule;

import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Tests' stand-in for the launcher's settlement: writes an attempt's result and retry plan in the ledger, as the
 * real settlement's ledger part does (without CRM events). Stateless.
 */
public final class LedgerResults {
    private LedgerResults() {}

    /** Settles the attempt; false when it was settled before. */
    public static boolean settle(DataSource ds, TickSettings settings, ClaimedAttempt attempt, AttemptResult result,
            Instant ended) {
        AttemptLedger ledger = new AttemptLedger(ds);
        LedgerSettlement settlement = new LedgerSettlement(ledger, settings, AttemptEvents.NONE);
        try {
            return ledger.inTransaction(c -> settlement.finish(c, attempt, result, ended).isPresent());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
