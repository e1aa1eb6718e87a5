package io.callbot.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
    /** Customers per IN list: well inside both databases' parameter limits, few round trips for a tick's batch. */
    private static final int IN_LIST = 500;
    private static final String NOT_OPTED_OUT = " AND NOT EXISTS (SELECT 1 FROM schedule_opt_out o"
            + " WHERE o.tenant = call_attempt.tenant AND o.customer_id = call_attempt.customer_id)";

    private final DataSource dataSource;

    public AttemptLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a new attempt row holds. */
    public record NewAttempt(UUID id, String tenant, String campaignId, String campaignVersion,
                             String customerId, int attemptNo) {
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
            ps.setString(5, a.customerId());
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
     * {@link #claim} for many attempts in one transaction and one round trip; element {@code i} of the result is
     * true when {@code attempts.get(i)} was inserted, false when that (campaign, customer, attempt_no) row already
     * existed (another node, or an earlier tick, claimed it first).
     */
    public boolean[] claimAll(List<NewAttempt> attempts, String nodeId, Instant now, Duration lease)
            throws SQLException {
        String sql = "INSERT INTO call_attempt (id, tenant, campaign_id, campaign_version, customer_id, attempt_no,"
                + " state, lease_owner, lease_expires_at, node_id, created_at) VALUES (?,?,?,?,?,?,'QUEUED',?,?,?,?)"
                + " ON CONFLICT DO NOTHING";
        boolean[] ours = new boolean[attempts.size()];
        if (attempts.isEmpty()) {
            return ours;
        }
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (NewAttempt a : attempts) {
                    ps.setObject(1, a.id());
                    ps.setString(2, a.tenant());
                    ps.setString(3, a.campaignId());
                    ps.setString(4, a.campaignVersion());
                    ps.setString(5, a.customerId());
                    ps.setInt(6, a.attemptNo());
                    ps.setString(7, nodeId);
                    Sql.setInstant(ps, 8, now.plus(lease));
                    ps.setString(9, nodeId);
                    Sql.setInstant(ps, 10, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            // the batch's counts say nothing when the driver rewrites it into one multi-row INSERT (PostgreSQL
            // here): the rows carrying our fresh ids are the ones inserted
            java.util.Set<UUID> inserted = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM call_attempt WHERE id IN ("
                    + "?,".repeat(attempts.size() - 1) + "?)")) {
                for (int i = 0; i < attempts.size(); i++) {
                    ps.setObject(i + 1, attempts.get(i).id());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            for (int i = 0; i < attempts.size(); i++) {
                ours[i] = inserted.contains(attempts.get(i).id());
            }
        });
        return ours;
    }

    /** {@link #markDialing} for many attempts in one transaction and one round trip (UPDATE batches are not rewritten). */
    public boolean[] markDialingAll(List<UUID> ids, String nodeId) throws SQLException {
        return batch("UPDATE call_attempt SET state = 'DIALING' WHERE id = ? AND state = 'QUEUED'"
                + " AND lease_owner = ?" + NOT_OPTED_OUT, ids, (ps, id) -> {
                    ps.setObject(1, id);
                    ps.setString(2, nodeId);
                });
    }

    private interface RowBinder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private <T> boolean[] batch(String sql, List<T> rows, RowBinder<T> binder) throws SQLException {
        boolean[] changed = new boolean[rows.size()];
        if (rows.isEmpty()) {
            return changed;
        }
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (T row : rows) {
                    binder.bind(ps, row);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    changed[i] = counts[i] > 0;
                }
            }
        });
        return changed;
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(Work work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
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

    /** Sets the retry plan of an attempt someone else already finished (the call layer, in its transaction). */
    public void planNext(UUID id, RetryDecision next) throws SQLException {
        update("UPDATE call_attempt SET next_retry_at = ?, stop_reason = ? WHERE id = ?", ps -> {
            Sql.setInstant(ps, 1, next.nextAttemptAt());
            ps.setString(2, next.stopReason() == null ? null : next.stopReason().code());
            ps.setObject(3, id);
        });
    }

    /**
     * Start-up reconciliation for this node: attempts it left QUEUED, or DIALING with no Originate written yet
     * ({@code dialed_at} unset), never reached the phone and are CANCELLED (they do not count as calls, so the
     * customer is due again); those whose Originate went out, or IN_CALL, may have reached the phone and become
     * UNKNOWN (retried only as a no-answer is, never at once).
     */
    public int reconcileOnStart(String nodeId, Instant now) throws SQLException {
        return settle("node_id = ?", now, ps -> ps.setString(2, nodeId));
    }

    /** The same for any node's attempts whose lease ran out (a crashed cluster peer). */
    public int reconcileExpired(Instant now) throws SQLException {
        return settle("lease_expires_at < ?", now, ps -> Sql.setInstant(ps, 2, now));
    }

    private int settle(String where, Instant now, Binder bindSecond) throws SQLException {
        String release = ", ended_at = ?, lease_owner = NULL, lease_expires_at = NULL WHERE ";
        int cancelled = update("UPDATE call_attempt SET state = 'CANCELLED'" + release + where
                + " AND (state = 'QUEUED' OR (state = 'DIALING' AND dialed_at IS NULL))", ps -> {
                    Sql.setInstant(ps, 1, now);
                    bindSecond.bind(ps);
                });
        return cancelled + update("UPDATE call_attempt SET state = 'UNKNOWN'" + release + where
                + " AND state IN ('DIALING','IN_CALL')", ps -> {
                    Sql.setInstant(ps, 1, now);
                    bindSecond.bind(ps);
                });
    }

    /** Extends the lease of every open attempt of this node; called by a heartbeat while calls are live. */
    public int renewLeases(String nodeId, Instant until) throws SQLException {
        return update("UPDATE call_attempt SET lease_expires_at = ? WHERE lease_owner = ? AND state IN " + OPEN, ps -> {
            Sql.setInstant(ps, 1, until);
            ps.setString(2, nodeId);
        });
    }

    /** Cancels the customer's QUEUED attempts in every campaign of the tenant (an opt-out). */
    public int cancelQueuedFor(String tenant, String customerId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return cancelQueuedFor(c, tenant, customerId);
        }
    }

    private static int cancelQueuedFor(Connection c, String tenant, String customerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE call_attempt SET state = 'CANCELLED', stop_reason = ?"
                + " WHERE tenant = ? AND customer_id = ? AND state = 'QUEUED'")) {
            ps.setString(1, SkipReason.DO_NOT_CALL.code());
            ps.setString(2, tenant);
            ps.setString(3, customerId);
            return ps.executeUpdate();
        }
    }

    /**
     * Records an opt-out on the caller's connection: no campaign of the tenant dials the customer again, and
     * attempts already queued are cancelled.
     */
    public void optOut(Connection c, String tenant, String customerId, Instant now) throws SQLException {
        String sql = "INSERT INTO schedule_opt_out (tenant, customer_id, opted_out_at)"
                + " SELECT CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(128)), CAST(? AS TIMESTAMP WITH TIME ZONE)"
                + " WHERE NOT EXISTS (SELECT 1 FROM schedule_opt_out WHERE tenant = ? AND customer_id = ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            ps.setString(2, customerId);
            Sql.setInstant(ps, 3, now);
            ps.setString(4, tenant);
            ps.setString(5, customerId);
            ps.executeUpdate();
        }
        cancelQueuedFor(c, tenant, customerId);
    }

    public void optOut(String tenant, String customerId, Instant now) throws SQLException {
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
    public Map<String, CustomerHistory> historyOf(String campaignId) throws SQLException {
        Map<String, List<PastAttempt>> rows = new HashMap<>();
        query("SELECT * FROM call_attempt WHERE campaign_id = ?", ps -> ps.setString(1, campaignId),
                rs -> rows.computeIfAbsent(rs.getString("customer_id"), k -> new ArrayList<>()).add(row(rs)));
        Map<String, CustomerHistory> result = new HashMap<>(rows.size() * 2);
        rows.forEach((k, v) -> result.put(k, new CustomerHistory(v)));
        return result;
    }

    public CustomerHistory historyOf(String campaignId, String customerId) throws SQLException {
        List<PastAttempt> rows = new ArrayList<>();
        query("SELECT * FROM call_attempt WHERE campaign_id = ? AND customer_id = ?", ps -> {
            ps.setString(1, campaignId);
            ps.setString(2, customerId);
        }, rs -> rows.add(row(rs)));
        return new CustomerHistory(rows);
    }

    /**
     * What the rules need to know about these customers of the campaign, read in three queries (their attempts in
     * the campaign, their calls in any campaign of the tenant since {@code callsSince}, their opt-outs).
     */
    CustomerFacts facts(String tenant, String campaignId, Collection<String> customerIds, Instant callsSince)
            throws SQLException {
        Map<String, List<PastAttempt>> attempts = new HashMap<>();
        Map<String, long[]> calls = new HashMap<>();
        java.util.Set<String> optedOut = new java.util.HashSet<>();
        List<String> ids = List.copyOf(customerIds);
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            String in = " IN (" + "?,".repeat(chunk.size() - 1) + "?)";
            query("SELECT * FROM call_attempt WHERE campaign_id = ? AND customer_id" + in, ps -> {
                ps.setString(1, campaignId);
                bindAll(ps, 2, chunk);
            }, rs -> attempts.computeIfAbsent(rs.getString("customer_id"), k -> new ArrayList<>()).add(row(rs)));
            query("SELECT customer_id, created_at FROM call_attempt WHERE tenant = ? AND customer_id" + in
                    + " AND created_at >= ? AND state <> 'CANCELLED'", ps -> {
                        ps.setString(1, tenant);
                        bindAll(ps, 2, chunk);
                        Sql.setInstant(ps, 2 + chunk.size(), callsSince);
                    }, rs -> calls.merge(rs.getString(1), new long[] {Sql.instant(rs, "created_at").toEpochMilli()},
                            AttemptLedger::concat));
            query("SELECT customer_id FROM schedule_opt_out WHERE tenant = ? AND customer_id" + in, ps -> {
                ps.setString(1, tenant);
                bindAll(ps, 2, chunk);
            }, rs -> optedOut.add(rs.getString(1)));
        }
        Map<String, CustomerHistory> history = new HashMap<>(attempts.size() * 2);
        attempts.forEach((k, v) -> history.put(k, new CustomerHistory(v)));
        return CustomerFacts.of(history, calls, optedOut);
    }

    private static void bindAll(PreparedStatement ps, int from, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(from + i, values.get(i));
        }
    }

    /** Start times of calls (any campaign, not cancelled) to the tenant's customers since {@code since}. */
    public Map<String, long[]> recentCalls(String tenant, Instant since) throws SQLException {
        Map<String, long[]> calls = new HashMap<>();
        query("SELECT customer_id, created_at FROM call_attempt WHERE tenant = ? AND created_at >= ?"
                + " AND state <> 'CANCELLED'", ps -> {
                    ps.setString(1, tenant);
                    Sql.setInstant(ps, 2, since);
                }, rs -> calls.merge(rs.getString(1), new long[] {Sql.instant(rs, "created_at").toEpochMilli()},
                        AttemptLedger::concat));
        return calls;
    }

    public java.util.Set<String> optedOut(String tenant) throws SQLException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        query("SELECT customer_id FROM schedule_opt_out WHERE tenant = ?", ps -> ps.setString(1, tenant),
                rs -> ids.add(rs.getString(1)));
        return ids;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static PastAttempt row(ResultSet rs) throws SQLException {
        String result = rs.getString("result");
        return new PastAttempt(rs.getInt("attempt_no"), AttemptState.valueOf(rs.getString("state")),
                result == null ? null : ResultKind.valueOf(result), rs.getBoolean("is_final"),
                rs.getString("stop_reason"), Sql.instant(rs, "created_at"), Sql.instant(rs, "ended_at"),
                Sql.instant(rs, "next_retry_at"));
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
