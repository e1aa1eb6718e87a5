package io.callbot.launch;

import io.callbot.call.AttemptFinisher;
import io.callbot.call.CallRecord;
import io.callbot.customer.CustomerProfile;
import io.callbot.customer.CustomerStore;
import io.callbot.schedule.AttemptLedger;
import io.callbot.schedule.Candidate;
import io.callbot.schedule.ClaimedAttempt;
import io.callbot.schedule.LedgerSettlement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * The call layer's view of the ledger, inside its settlement transaction: an answered call's attempt is settled
 * with its retry plan (worked out from the customer's profile, so a record replayed after a restart plans its retry
 * too) and its scheduler events; an opt-out is recorded; the dial time is read for the CRM event. Thread-safe.
 */
public final class LedgerFinisher implements AttemptFinisher {
    private final AttemptLedger ledger;
    private final LedgerSettlement settlement;
    private final CustomerStore customers;

    public LedgerFinisher(AttemptLedger ledger, LedgerSettlement settlement, CustomerStore customers) {
        this.ledger = ledger;
        this.settlement = settlement;
        this.customers = customers;
    }

    @Override
    public Optional<Settled> finish(Connection c, CallRecord record) throws SQLException {
        var plan = record.plan();
        CustomerProfile profile = customers.get(plan.tenant(), plan.customerId()).orElse(null);
        Candidate candidate = new Candidate(plan.customerId(), plan.tenant(), profile == null ? null : profile.phone(),
                profile == null ? null : zone(profile.timezone()), profile != null && profile.doNotCall());
        ClaimedAttempt attempt = new ClaimedAttempt(plan.attemptId(), plan.campaign(), candidate, plan.attemptNo());
        return settlement.finish(c, attempt, AttemptLauncher.attemptResult(record), record.endedAt())
                .map(settled -> connection -> settlement.announce(connection, settled));
    }

    @Override
    public void optOut(Connection c, String tenant, long customerId, Instant at) throws SQLException {
        ledger.optOut(c, tenant, customerId, at);
    }

    @Override
    public Instant dialedAt(Connection c, UUID attemptId) throws SQLException {
        return ledger.dialedAt(c, attemptId);
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
