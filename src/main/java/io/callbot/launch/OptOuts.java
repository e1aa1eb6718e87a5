package io.callbot.launch;

import io.callbot.customer.CustomerStore;
import io.callbot.schedule.AttemptLedger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The one place a customer's do-not-call is set or cleared: the profile's flag (what the audience and the API read)
 * and the scheduler's opt-out ({@code schedule_opt_out}, what a claim checks; setting it also cancels the customer's
 * queued attempts in every campaign of the tenant) change together, in one transaction. Used by the attempt
 * settlement (an opt-out on a call) and by the API (an operator's). Thread-safe.
 */
public final class OptOuts {
    private final CustomerStore customers;
    private final AttemptLedger ledger;
    private final Clock clock;

    public OptOuts(CustomerStore customers, AttemptLedger ledger, Clock clock) {
        this.customers = customers;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Sets or clears do-not-call in its own transaction; false when the tenant has no such customer. */
    public boolean set(String tenant, long customerId, boolean doNotCall, String reason) throws SQLException {
        return ledger.inTransaction(c -> set(c, tenant, customerId, doNotCall, reason));
    }

    /**
     * {@link #set(String, long, boolean, String)} on the caller's connection. The ledger's side is written even when
     * the profile is gone, so that a deleted customer's opt-out still stops the scheduler.
     */
    public boolean set(Connection c, String tenant, long customerId, boolean doNotCall, String reason)
            throws SQLException {
        boolean profile = customers.setDoNotCall(c, tenant, customerId, doNotCall, reason);
        if (doNotCall) {
            ledger.optOut(c, tenant, customerId, clock.instant());
        } else {
            ledger.clearOptOut(c, tenant, customerId);
        }
        return profile;
    }
}
