package io.callbot.call;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Port to the attempt ledger: marks an answered call's attempt finished, inside the outcome transaction.
 * Implemented over the scheduler's ledger by the application wiring.
 */
@FunctionalInterface
public interface AttemptFinisher {
    void finish(Connection connection, CallRecord record) throws SQLException;
}
