package io.callbot.launch;

import io.callbot.call.AttemptFinisher;
import io.callbot.call.CallRecord;
import io.callbot.schedule.AttemptLedger;
import io.callbot.schedule.RetryDecision;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * The call layer's view of the ledger: an answered call's row is finished in the outcome transaction (its retry is
 * planned when the scheduler hears the result), and its dial time is read for the CRM event. Thread-safe.
 */
public final class LedgerFinisher implements AttemptFinisher {
    private final AttemptLedger ledger;

    public LedgerFinisher(AttemptLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public boolean finish(Connection c, CallRecord record) throws SQLException {
        return ledger.finish(c, record.plan().attemptId(), AttemptLauncher.attemptResult(record), record.endedAt(),
                RetryDecision.UNPLANNED);
    }

    @Override
    public Instant dialedAt(Connection c, UUID attemptId) throws SQLException {
        return ledger.dialedAt(c, attemptId);
    }
}
