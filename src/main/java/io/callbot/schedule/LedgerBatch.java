package io.callbot.schedule;

import io.callbot.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The ledger as a tick uses it for a batch of customers taken from a dialing queue: what the rules need to know about
 * them, in three queries, and their claims and hand-over to the dialer in one round trip each. The guarantees are
 * {@link AttemptLedger}'s (a unique claim per attempt, the opt-out re-checked when dialing starts). Thread-safe:
 * each call uses its own pooled connection.
 */
final class LedgerBatch {
    /** Customers per IN list: well inside both databases' parameter limits, few round trips for a tick's batch. */
    private static final int IN_LIST = 500;

    private final DataSource dataSource;

    LedgerBatch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * What the rules need to know about these customers of the campaign, read in three queries (their attempts in
     * the campaign, their calls in any campaign of the tenant since {@code callsSince}, their opt-outs).
     */
    CustomerFacts facts(String tenant, String campaignId, Collection<Long> customerIds, Instant callsSince)
            throws SQLException {
        Map<Long, List<PastAttempt>> attempts = new HashMap<>();
        Map<Long, long[]> calls = new HashMap<>();
        Set<Long> optedOut = new HashSet<>();
        List<Long> ids = List.copyOf(customerIds);
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            String in = " IN (" + "?,".repeat(chunk.size() - 1) + "?)";
            query("SELECT * FROM call_attempt WHERE tenant = ? AND campaign_id = ? AND customer_id" + in, ps -> {
                ps.setString(1, tenant);
                ps.setString(2, campaignId);
                bindAll(ps, 3, chunk);
            }, rs -> attempts.computeIfAbsent(rs.getLong("customer_id"), k -> new ArrayList<>()).add(AttemptLedger.row(rs)));
            query("SELECT customer_id, created_at FROM call_attempt WHERE tenant = ? AND customer_id" + in
                    + " AND created_at >= ? AND state <> 'CANCELLED'", ps -> {
                        ps.setString(1, tenant);
                        bindAll(ps, 2, chunk);
                        Sql.setInstant(ps, 2 + chunk.size(), callsSince);
                    }, rs -> calls.merge(rs.getLong(1), new long[] {Sql.getInstant(rs, "created_at").toEpochMilli()},
                            AttemptLedger::concat));
            query("SELECT customer_id FROM schedule_opt_out WHERE tenant = ? AND customer_id" + in, ps -> {
                ps.setString(1, tenant);
                bindAll(ps, 2, chunk);
            }, rs -> optedOut.add(rs.getLong(1)));
        }
        Map<Long, CustomerHistory> history = new HashMap<>(attempts.size() * 2);
        attempts.forEach((k, v) -> history.put(k, new CustomerHistory(v)));
        return CustomerFacts.of(history, calls, optedOut);
    }

    private static void bindAll(PreparedStatement ps, int from, List<Long> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setLong(from + i, values.get(i));
        }
    }

    /**
     * {@link AttemptLedger#claim} for many attempts in one transaction and one round trip; element {@code i} of the
     * result is true when {@code attempts.get(i)} was inserted, false when that (campaign, customer, attempt_no) row
     * already existed (another node, or an earlier tick, claimed it first).
     */
    boolean[] claimAll(List<AttemptLedger.NewAttempt> attempts, String nodeId, Instant now, Duration lease)
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
                for (AttemptLedger.NewAttempt a : attempts) {
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
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            // the batch's counts say nothing when the driver rewrites it into one multi-row INSERT (PostgreSQL
            // here): the rows carrying our fresh ids are the ones inserted
            Set<UUID> inserted = new HashSet<>();
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

    /** {@link AttemptLedger#markDialing} for many attempts in one transaction and one round trip. */
    boolean[] markDialingAll(List<UUID> ids, String nodeId) throws SQLException {
        return batch("UPDATE call_attempt SET state = 'DIALING' WHERE id = ? AND state = 'QUEUED'"
                + " AND lease_owner = ?" + AttemptLedger.NOT_OPTED_OUT, ids, (ps, id) -> {
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

    private interface Reader {
        void read(ResultSet rs) throws SQLException;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void query(String sql, Binder binder, Reader reader) throws SQLException {
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
