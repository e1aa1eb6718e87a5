package io.callbot.schedule;

import io.callbot.campaign.CampaignKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's part of an attempt's settlement, on the settlement's connection: its result and its retry plan in
 * one write, then the scheduler's CRM events for it ({@link AttemptEvents#settled}). Used by the launcher's one
 * settlement transaction ({@code launch.AttemptSettlement}) for every attempt result, so each attempt is written
 * once. Thread-safe.
 */
public final class LedgerSettlement {
    private static final Logger log = LoggerFactory.getLogger(LedgerSettlement.class);

    private final AttemptLedger ledger;
    private final TickSettings settings;
    private final AttemptEvents events;
    private final CustomerZones zones = new CustomerZones();

    public LedgerSettlement(AttemptLedger ledger, TickSettings settings, AttemptEvents events) {
        this.ledger = ledger;
        this.settings = settings;
        this.events = events;
    }

    /**
     * Finishes the attempt with its result and retry plan, the customer's zones worked out from the candidate.
     * Empty when the row was already settled: then nothing is written.
     */
    public Optional<AttemptEvents.SettledAttempt> finish(Connection c, ClaimedAttempt attempt, AttemptResult r,
            Instant ended) throws SQLException {
        List<ZoneId> zones = this.zones.zonesOf(attempt.candidate(), attempt.campaign().schedule().timezone());
        long customer = attempt.candidate().customerId();
        CustomerHistory history = historyOf(c, attempt.campaign().key(), customer)
                .with(new PastAttempt(attempt.attemptNo(), AttemptState.FINISHED, r.kind(), r.isFinal(), null,
                        ended, ended, null));
        RetryDecision next = CampaignTick.rules(attempt.campaign(), settings).planner().plan(history, r, ended, zones);
        if (!ledger.finish(c, attempt.id(), r, ended, next)) {
            log.info("attempt {} was settled before; result {} not written again", attempt.id(), r.kind());
            return Optional.empty();
        }
        log.info("attempt {} customer={} attempt_no={} result={} outcome={} next={}", attempt.id(), customer,
                attempt.attemptNo(), r.kind(), r.outcome(),
                next.retries() ? next.nextAttemptAt() : next.stopReason().code());
        return Optional.of(new AttemptEvents.SettledAttempt(attempt, r, next, ledger.dialedAt(c, attempt.id()), ended,
                history.callsMade()));
    }

    /** The scheduler's CRM events for a settled attempt, on the same connection. */
    public void announce(Connection c, AttemptEvents.SettledAttempt settled) throws SQLException {
        events.settled(c, settled);
    }

    private static CustomerHistory historyOf(Connection c, CampaignKey campaign, long customerId)
            throws SQLException {
        List<PastAttempt> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM call_attempt WHERE tenant = ? AND campaign_id = ? AND customer_id = ?")) {
            ps.setString(1, campaign.tenant());
            ps.setString(2, campaign.id());
            ps.setLong(3, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(AttemptLedger.row(rs));
                }
            }
        }
        return new CustomerHistory(rows);
    }
}
