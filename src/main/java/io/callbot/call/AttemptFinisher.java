package io.callbot.call;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Port to the attempt ledger: marks an answered call's attempt finished, inside the outcome transaction.
 * Implemented over the scheduler's ledger by the application wiring.
 */
@FunctionalInterface
public interface AttemptFinisher {
    /** Settles the attempt on the given connection; false when it was already settled (a record written before). */
    boolean finish(Connection connection, CallRecord record) throws SQLException;

    /** When the attempt's Originate went out (the ledger's {@code dialed_at}), null when unknown. */
    default Instant dialedAt(Connection connection, UUID attemptId) throws SQLException {
        return null;
    }
}
