package io.callbot.schedule;

import io.callbot.campaign.CampaignKey;
import io.callbot.dial.ResultKind;
import io.callbot.store.Sql;
import io.callbot.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The call-attempt ledger ({@code call_attempt}), the one truth about who was called. An attempt row is
 * created (QUEUED, leased to this node) before the Originate; the unique key (campaign, customer, attempt_no)
 * makes two servers racing for the same customer end with one row, and the loser never dials. Thread-safe:
 * every method uses its own pooled connection except those taking the caller's {@link Connection}.
 */
public final class AttemptLedger {
    private static final String OPEN = "('QUEUED','DIALING','IN_CALL')";
    static final String NOT_OPTED_OUT = " AND NOT EXISTS (SELECT 1 FROM schedule_opt_out o"
            + " WHERE o.tenant = call_attempt.tenant AND o.customer_id = call_attempt.customer_id)";

    private final DataSource dataSource;

    public AttemptLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a new attempt row holds. */
    public record NewAttempt(UUID id, String tenant, String campaignId, String campaignVersion,
                             long customerId, int attemptNo) {
    }

    /**
     * Inserts a QUEUED attempt leased to {@code nodeId} until {@code now + lease}. False when the row for that
     * (campaign, customer, attempt_no) already exists: another node claimed it first.
     */
    public boolean claim(NewAttempt a, String nodeId, Instant now, Duration lease) throws SQLException {
        String sql = "INSERT INTO call_attempt (id, tenant, campaign_id, campaign_version, customer_id, attempt_no,"
                + " state, lease_owner, lease_expires_at, node_id, created_at) VALUES (?,?,?,?,?,?,'QUEUED',?,?,?,?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, a.id());
            ps.setString(2, a.tenant());
            ps.setString(3, a.campaignId());
            ps.setString(4, a.campaignVersion());
            ps.setLong(5, a.customerId());
            ps.setInt(6, a.attemptNo());
            ps.setString(7, nodeId);
            Sql.setInstant(ps, 8, now.plus(lease));
            ps.setString(9, nodeId);
            Sql.setInstant(ps, 10, now);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * QUEUED to DIALING (handed to the dialer), only if still leased by this node and the customer has not opted
     * out meanwhile. The Originate itself may still wait in the dialer's pacing queue: {@link #markOriginating}
     * records when it goes out.
     */
    public boolean markDialing(UUID id, String nodeId, Instant now) throws SQLException {
        return update("UPDATE call_attempt SET state = 'DIALING' WHERE id = ? AND state = 'QUEUED'"
                + " AND lease_owner = ?" + NOT_OPTED_OUT, ps -> {
                    ps.setObject(1, id);
                    ps.setString(2, nodeId);
                }) == 1;
    }

    /**
     * Sets {@code dialed_at} of a DIALING attempt just before its Originate is written: from then on a crash
     * leaves it UNKNOWN (it may have reached the phone) instead of CANCELLED. False when the attempt is no longer
     * DIALING (a peer settled it after its lease ran out, an opt-out): then it must not be dialled. Idempotent,
     * so an Originate retried after a link loss keeps its first time.
     */
    public boolean markOriginating(UUID id, Instant now) throws SQLException {
        return update("UPDATE call_attempt SET dialed_at = COALESCE(dialed_at, ?) WHERE id = ? AND state = 'DIALING'",
                ps -> {
                    Sql.setInstant(ps, 1, now);
                    ps.setObject(2, id);
                }) == 1;
    }

    /** DIALING to IN_CALL when the customer answers. */
    public boolean markInCall(UUID id, Instant now) throws SQLException {
        return update("UPDATE call_attempt SET state = 'IN_CALL', answered_at = ? WHERE id = ? AND state = 'DIALING'",
                ps -> {
                    Sql.setInstant(ps, 1, now);
                    ps.setObject(2, id);
                }) == 1;
    }

    /**
     * Records the attempt's end on the caller's connection, so the outcome, the profile update and the webhook
     * outbox row commit together with it. Settles open and UNKNOWN rows; false if the row was already settled.
     */
    public boolean finish(Connection c, UUID id, AttemptResult r, Instant endedAt, RetryDecision next)
            throws SQLException {
        String sql = "UPDATE call_attempt SET state = 'FINISHED', result = ?, q850_cause = ?, outcome = ?,"
                + " is_final = ?, state_path = ?, callback_at = ?, ended_at = ?, next_retry_at = ?, stop_reason = ?,"
                + " lease_owner = NULL, lease_expires_at = NULL"
                + " WHERE id = ? AND state IN ('QUEUED','DIALING','IN_CALL','UNKNOWN')";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, r.kind().name());
            ps.setObject(2, r.q850Cause(), java.sql.Types.INTEGER);
            ps.setString(3, r.outcome());
            ps.setBoolean(4, r.isFinal());
            ps.setString(5, r.statePath());
            Sql.setInstant(ps, 6, r.callbackAt());
            Sql.setInstant(ps, 7, endedAt);
            Sql.setInstant(ps, 8, next.nextAttemptAt());
            ps.setString(9, next.stopReason() == null ? null : next.stopReason().code());
            ps.setObject(10, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** {@link #finish(Connection, UUID, AttemptResult, Instant, RetryDecision)} in its own transaction. */
    public boolean finish(UUID id, AttemptResult r, Instant endedAt, RetryDecision next) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return finish(c, id, r, endedAt, next);
        }
    }

    /**
     * Start-up reconciliation for this node: attempts it left QUEUED, or DIALING with no Originate written yet
     * ({@code dialed_at} unset), never reached the phone and are CANCELLED (they do not count as calls, so the
     * customer is due again); those whose Originate went out, or IN_CALL, may have reached the phone and become
     * UNKNOWN (retried only as a no-answer is, never at once), each reported to {@code events} in the transaction
     * that settles it.
     */
    public int reconcileOnStart(String nodeId, Instant now, AttemptEvents events) throws SQLException {
        return settle("node_id = ?", nodeId, now, events);
    }

    /** The same for any node's attempts whose lease ran out (a crashed cluster peer). */
    public int reconcileExpired(Instant now, AttemptEvents events) throws SQLException {
        return settle("lease_expires_at < ?", now, now, events);
    }

    public int reconcileOnStart(String nodeId, Instant now) throws SQLException {
        return reconcileOnStart(nodeId, now, AttemptEvents.NONE);
    }

    public int reconcileExpired(Instant now) throws SQLException {
        return reconcileExpired(now, AttemptEvents.NONE);
    }

    /** Settles the open attempts matching {@code where}, whose one parameter is {@code whereValue}. */
    private int settle(String where, Object whereValue, Instant now, AttemptEvents events) throws SQLException {
        String release = ", ended_at = ?, lease_owner = NULL, lease_expires_at = NULL WHERE ";
        int cancelled = update("UPDATE call_attempt SET state = 'CANCELLED'" + release + where
                + " AND (state = 'QUEUED' OR (state = 'DIALING' AND dialed_at IS NULL))", ps -> {
                    Sql.setInstant(ps, 1, now);
                    bind(ps, 2, whereValue);
                });
        List<AttemptEvents.UnknownAttempt> open = new ArrayList<>();
        query("SELECT * FROM call_attempt WHERE " + where + " AND state IN ('DIALING','IN_CALL')",
                ps -> bind(ps, 1, whereValue),
                rs -> open.add(new AttemptEvents.UnknownAttempt(rs.getObject("id", UUID.class), rs.getString("tenant"),
                        rs.getString("campaign_id"), rs.getString("campaign_version"), rs.getLong("customer_id"),
                        rs.getInt("attempt_no"), Sql.getInstant(rs, "dialed_at"), Sql.getInstant(rs, "answered_at"), now)));
        int unknown = 0;
        for (AttemptEvents.UnknownAttempt a : open) {
            unknown += inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE call_attempt SET state = 'UNKNOWN'" + release
                        + "id = ? AND state IN ('DIALING','IN_CALL')")) {
                    Sql.setInstant(ps, 1, now);
                    ps.setObject(2, a.id());
                    if (ps.executeUpdate() != 1) {
                        return 0; // settled meanwhile (the call ended, or a peer reconciled it first)
                    }
                }
                events.unknown(c, a);
                return 1;
            });
        }
        return cancelled + unknown;
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof Instant t) {
            Sql.setInstant(ps, index, t);
        } else {
            ps.setString(index, (String) value);
        }
    }

    /** Work on one connection in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return Transactions.run(c, work::run);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** When the attempt's Originate went out, null when it never did (or the row does not exist). */
    public Instant dialedAt(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT dialed_at FROM call_attempt WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Sql.getInstant(rs, "dialed_at") : null;
            }
        }
    }

    /** Extends the lease of every open attempt of this node; called by a heartbeat while calls are live. */
    public int renewLeases(String nodeId, Instant until) throws SQLException {
        return update("UPDATE call_attempt SET lease_expires_at = ? WHERE lease_owner = ? AND state IN " + OPEN, ps -> {
            Sql.setInstant(ps, 1, until);
            ps.setString(2, nodeId);
        });
    }

    /** Cancels the customer's QUEUED attempts in every campaign of the tenant (an opt-out). */
    public int cancelQueuedFor(String tenant, long customerId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return cancelQueuedFor(c, tenant, customerId);
        }
    }

    private static int cancelQueuedFor(Connection c, String tenant, long customerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE call_attempt SET state = 'CANCELLED', stop_reason = ?"
                + " WHERE tenant = ? AND customer_id = ? AND state = 'QUEUED'")) {
            ps.setString(1, SkipReason.DO_NOT_CALL.code());
            ps.setString(2, tenant);
            ps.setLong(3, customerId);
            return ps.executeUpdate();
        }
    }

    /**
     * Records an opt-out on the caller's connection: no campaign of the tenant dials the customer again, and
     * attempts already queued are cancelled.
     */
    public void optOut(Connection c, String tenant, long customerId, Instant now) throws SQLException {
        String sql = "INSERT INTO schedule_opt_out (tenant, customer_id, opted_out_at)"
                + " SELECT CAST(? AS VARCHAR(64)), CAST(? AS BIGINT), CAST(? AS TIMESTAMP WITH TIME ZONE)"
                + " WHERE NOT EXISTS (SELECT 1 FROM schedule_opt_out WHERE tenant = ? AND customer_id = ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            ps.setLong(2, customerId);
            Sql.setInstant(ps, 3, now);
            ps.setString(4, tenant);
            ps.setLong(5, customerId);
            ps.executeUpdate();
        }
        cancelQueuedFor(c, tenant, customerId);
    }

    /** Lifts the customer's opt-out on the caller's connection (do-not-call cleared); cancelled attempts stay so. */
    public void clearOptOut(Connection c, String tenant, long customerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM schedule_opt_out WHERE tenant = ? AND customer_id = ?")) {
            ps.setString(1, tenant);
            ps.setLong(2, customerId);
            ps.executeUpdate();
        }
    }

    public void optOut(String tenant, long customerId, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            optOut(c, tenant, customerId, now);
        }
    }

    public Optional<PastAttempt> find(UUID id) throws SQLException {
        List<PastAttempt> rows = new ArrayList<>();
        query("SELECT * FROM call_attempt WHERE id = ?", ps -> ps.setObject(1, id), rs -> rows.add(row(rs)));
        return rows.stream().findFirst();
    }

    /** Every customer's attempts in the campaign (customers never attempted are absent). */
    public Map<Long, CustomerHistory> historyOf(CampaignKey campaign) throws SQLException {
        Map<Long, List<PastAttempt>> rows = new HashMap<>();
        query("SELECT * FROM call_attempt WHERE tenant = ? AND campaign_id = ?", ps -> {
            ps.setString(1, campaign.tenant());
            ps.setString(2, campaign.id());
        }, rs -> rows.computeIfAbsent(rs.getLong("customer_id"), k -> new ArrayList<>()).add(row(rs)));
        Map<Long, CustomerHistory> result = new HashMap<>(rows.size() * 2);
        rows.forEach((k, v) -> result.put(k, new CustomerHistory(v)));
        return result;
    }

    public CustomerHistory historyOf(CampaignKey campaign, long customerId) throws SQLException {
        List<PastAttempt> rows = new ArrayList<>();
        query("SELECT * FROM call_attempt WHERE tenant = ? AND campaign_id = ? AND customer_id = ?", ps -> {
            ps.setString(1, campaign.tenant());
            ps.setString(2, campaign.id());
            ps.setLong(3, customerId);
        }, rs -> rows.add(row(rs)));
        return new CustomerHistory(rows);
    }

    /** Start times of calls (any campaign, not cancelled) to the tenant's customers since {@code since}. */
    public Map<Long, long[]> recentCalls(String tenant, Instant since) throws SQLException {
        Map<Long, long[]> calls = new HashMap<>();
        query("SELECT customer_id, created_at FROM call_attempt WHERE tenant = ? AND created_at >= ?"
                + " AND state <> 'CANCELLED'", ps -> {
                    ps.setString(1, tenant);
                    Sql.setInstant(ps, 2, since);
                }, rs -> calls.merge(rs.getLong(1), new long[] {Sql.getInstant(rs, "created_at").toEpochMilli()},
                        AttemptLedger::concat));
        return calls;
    }

    public java.util.Set<Long> optedOut(String tenant) throws SQLException {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        query("SELECT customer_id FROM schedule_opt_out WHERE tenant = ?", ps -> ps.setString(1, tenant),
                rs -> ids.add(rs.getLong(1)));
        return ids;
    }

    static long[] concat(long[] a, long[] b) {
        long[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static PastAttempt row(ResultSet rs) throws SQLException {
        String result = rs.getString("result");
        return new PastAttempt(rs.getInt("attempt_no"), AttemptState.valueOf(rs.getString("state")),
                result == null ? null : ResultKind.valueOf(result), rs.getBoolean("is_final"),
                rs.getString("stop_reason"), Sql.getInstant(rs, "created_at"), Sql.getInstant(rs, "ended_at"),
                Sql.getInstant(rs, "next_retry_at"));
    }

    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private int update(String sql, Binder binder) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }

    private void query(String sql, Binder binder, RowReader reader) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}
