package io.callbot.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;

/**
 * The sender's side of {@code webhook_outbox}: claims due rows under a lease and records each attempt's end. A claim
 * is a conditional {@code UPDATE ... WHERE state = 'PENDING'}, so of two servers racing for a row exactly one wins on
 * H2 and PostgreSQL alike; a row is only a candidate when no earlier row of the same customer and endpoint is still
 * pending or delivering, which keeps per-customer order. Every completion is guarded by the lease owner, so a row
 * whose lease expired and was taken over is not overwritten. Thread-safe.
 */
final class OutboxLeases {
    // ORDER BY state, seq (state is fixed) lets H2 walk the (state, seq) index and stop at LIMIT instead of sorting
    private static final String CANDIDATES = """
            SELECT seq, event_id, idempotency_key, event_type, tenant, campaign_id, customer_key, endpoint_url,
                   secret_env, payload, attempts, retry_window_from, created_at
            FROM webhook_outbox o
            WHERE o.state = 'PENDING' AND o.next_attempt_at <= ?%s
              AND NOT EXISTS (SELECT 1 FROM webhook_outbox p
                              WHERE p.customer_key = o.customer_key AND p.tenant = o.tenant
                                AND p.endpoint_url = o.endpoint_url AND p.seq < o.seq
                                AND p.state IN ('PENDING', 'DELIVERING'))
            ORDER BY o.state, o.seq
            LIMIT ?""";
    private static final String CLAIM = "UPDATE webhook_outbox SET state = 'DELIVERING', attempts = attempts + 1,"
            + " lease_owner = ?, lease_until = ? WHERE seq = ? AND state = 'PENDING'";
    private static final String DELIVERED = "UPDATE webhook_outbox SET state = 'DELIVERED', delivered_at = ?,"
            + " last_status = ?, last_error = NULL, lease_owner = NULL, lease_until = NULL"
            + " WHERE seq = ? AND state = 'DELIVERING' AND lease_owner = ?";
    private static final String RETRY = "UPDATE webhook_outbox SET state = 'PENDING', next_attempt_at = ?,"
            + " last_status = ?, last_error = ?, lease_owner = NULL, lease_until = NULL"
            + " WHERE seq = ? AND state = 'DELIVERING' AND lease_owner = ?";
    private static final String DEAD = "UPDATE webhook_outbox SET state = 'DEAD', dead_at = ?,"
            + " last_status = ?, last_error = ?, lease_owner = NULL, lease_until = NULL"
            + " WHERE seq = ? AND state = 'DELIVERING' AND lease_owner = ?";
    private static final String RELEASE_EXPIRED = "UPDATE webhook_outbox SET state = 'PENDING', lease_owner = NULL,"
            + " lease_until = NULL WHERE state = 'DELIVERING' AND lease_until <= ?";
    private static final String RELEASE_STALE = RELEASE_EXPIRED.replace("lease_until <= ?",
            "(lease_until <= ? OR lease_owner = ?)");

    private final DataSource dataSource;
    private final String owner;

    /** @param owner this sender's lease owner name (node id); rows it holds are released on its next start */
    OutboxLeases(DataSource dataSource, String owner) {
        this.dataSource = dataSource;
        this.owner = owner;
    }

    String owner() {
        return owner;
    }

    /**
     * Claims due rows, oldest first, at most one per customer and endpoint.
     *
     * @param fetch how many candidates to read
     * @param max how many to claim at most
     * @param saturated endpoints with no free slot (left out of the query so they cannot starve the others)
     * @param freeSlots free slots of an endpoint not in {@code saturated}
     */
    List<OutboxEntry> claim(int fetch, int max, Set<String> saturated, ToIntFunction<String> freeSlots, Instant now,
            Instant leaseUntil) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<OutboxEntry> candidates = pick(candidates(c, fetch, saturated, now), max, freeSlots);
            if (candidates.isEmpty()) {
                return candidates;
            }
            try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
                for (OutboxEntry e : candidates) {
                    ps.setString(1, owner);
                    Sql.setInstant(ps, 2, leaseUntil);
                    ps.setLong(3, e.seq());
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                List<OutboxEntry> claimed = new ArrayList<>();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 1) {
                        claimed.add(candidates.get(i));
                    }
                }
                return claimed;
            }
        }
    }

    /** Claims up to {@code limit} due rows with no concurrency limits (tests, tools). */
    List<OutboxEntry> claim(int limit, Instant now, Instant leaseUntil) throws SQLException {
        return claim(limit, limit, Set.of(), e -> Integer.MAX_VALUE, now, leaseUntil);
    }

    private static List<OutboxEntry> pick(List<OutboxEntry> candidates, int max, ToIntFunction<String> freeSlots) {
        Map<String, Integer> taken = new HashMap<>();
        List<OutboxEntry> out = new ArrayList<>();
        for (OutboxEntry e : candidates) {
            int already = taken.getOrDefault(e.endpointUrl(), 0);
            if (out.size() < max && already < freeSlots.applyAsInt(e.endpointUrl())) {
                taken.put(e.endpointUrl(), already + 1);
                out.add(e);
            }
        }
        return out;
    }

    private static List<OutboxEntry> candidates(Connection c, int limit, Set<String> saturated, Instant now)
            throws SQLException {
        String exclude = saturated.isEmpty() ? ""
                : " AND o.endpoint_url NOT IN (" + String.join(", ", saturated.stream().map(s -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(CANDIDATES.formatted(exclude))) {
            int i = 1;
            Sql.setInstant(ps, i++, now);
            for (String endpoint : saturated) {
                ps.setString(i++, endpoint);
            }
            ps.setInt(i, limit);
            List<OutboxEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OutboxEntry(rs.getLong("seq"), rs.getObject("event_id", UUID.class),
                            rs.getString("idempotency_key"), rs.getString("event_type"), rs.getString("tenant"),
                            rs.getString("campaign_id"), rs.getString("customer_key"), rs.getString("endpoint_url"),
                            rs.getString("secret_env"), rs.getString("payload"), rs.getInt("attempts") + 1,
                            Sql.getInstant(rs, "retry_window_from"), Sql.getInstant(rs, "created_at")));
                }
            }
            return out;
        }
    }

    /** @return false if the lease was lost (another sender took the row over) */
    boolean markDelivered(long seq, int status, Instant now) throws SQLException {
        return complete(DELIVERED, false, seq, now, status, null);
    }

    boolean markRetry(long seq, Instant nextAttemptAt, Integer status, String error) throws SQLException {
        return complete(RETRY, true, seq, nextAttemptAt, status, error);
    }

    boolean markDead(long seq, Integer status, String error, Instant now) throws SQLException {
        return complete(DEAD, true, seq, now, status, error);
    }

    private boolean complete(String sql, boolean withError, long seq, Instant at, Integer status, String error)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            Sql.setInstant(ps, i++, at);
            ps.setObject(i++, status, java.sql.Types.INTEGER);
            if (withError) {
                ps.setString(i++, error);
            }
            ps.setLong(i++, seq);
            ps.setString(i, owner);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Returns to PENDING every DELIVERING row whose lease has expired (its sender died) or that this owner holds
     * (left behind by this node's previous run). Returns how many.
     */
    int releaseStale(Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(RELEASE_STALE)) {
            Sql.setInstant(ps, 1, now);
            ps.setString(2, owner);
            return ps.executeUpdate();
        }
    }

    /** Returns to PENDING only rows whose lease has expired; safe while this owner has sends in flight. */
    int releaseExpired(Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(RELEASE_EXPIRED)) {
            Sql.setInstant(ps, 1, now);
            return ps.executeUpdate();
        }
    }
}
