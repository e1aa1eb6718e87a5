package io.callbot.call;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port to the attempt ledger, used inside the settlement transaction ({@link AttemptSettlement}). Implemented over
 * the scheduler's ledger by the application wiring.
 */
public interface AttemptFinisher {
    /**
     * Settles the attempt on the given connection: its result and its retry plan. Empty when it was already settled
     * (a record written before).
     */
    Optional<Settled> finish(Connection connection, CallRecord record) throws SQLException;

    /**
     * Records an opt-out in the ledger on the given connection: no campaign of the tenant dials the customer again,
     * and the customer's queued attempts are cancelled.
     */
    void optOut(Connection connection, String tenant, long customerId, Instant at) throws SQLException;

    /** When the attempt's Originate went out (the ledger's {@code dialed_at}), null when unknown. */
    default Instant dialedAt(Connection connection, UUID attemptId) throws SQLException {
        return null;
    }

    /** What settling an attempt adds after the call's own events: the scheduler's CRM events (customer.exhausted). */
    @FunctionalInterface
    interface Settled {
        Settled NOTHING = c -> { };

        void announce(Connection connection) throws SQLException;
    }
}
