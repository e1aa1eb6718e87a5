package io.callbot.webhook;

import io.callbot.store.Sql;
import io.callbot.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The sender's side of {@code webhook_outbox}: claims due rows under a lease and records attempts' ends, both in
 * batches (a statement or a JDBC batch per batch of rows, one transaction). A claim is a conditional
 * {@code UPDATE ... WHERE state = 'PENDING'}, so of two servers racing for a row exactly one wins on H2 and PostgreSQL
 * alike; a row is only a candidate when no earlier row of the same customer and endpoint is still pending or
 * delivering, which keeps per-customer order. Every completion is guarded by the lease owner, so a row whose lease
 * expired and was taken over is not overwritten. Thread-safe.
 */
final class OutboxLeases {
    private static final String PG_CLAIM = """
            WITH locked AS (
                SELECT o.seq, o.endpoint_url FROM webhook_outbox o
                WHERE o.state = 'PENDING' AND o.next_attempt_at <= ? AND o.endpoint_url <> ALL (?)
                  AND NOT EXISTS (SELECT 1 FROM webhook_outbox p
                                  WHERE p.customer_key = o.customer_key AND p.tenant = o.tenant
                                    AND p.endpoint_url = o.endpoint_url AND p.seq < o.seq
                                    AND p.state IN ('PENDING', 'DELIVERING'))
                ORDER BY o.seq
                LIMIT ?
                FOR UPDATE OF o SKIP LOCKED),
            ranked AS (
                SELECT seq, endpoint_url, ROW_NUMBER() OVER (PARTITION BY endpoint_url ORDER BY seq) AS nth
                FROM locked),
            picked AS (
                SELECT r.seq FROM ranked r
                LEFT JOIN UNNEST(CAST(? AS VARCHAR[]), CAST(? AS INTEGER[])) AS f(endpoint_url, free)
                       ON f.endpoint_url = r.endpoint_url
                WHERE r.nth <= COALESCE(f.free, ?)
                ORDER BY r.seq
                LIMIT ?)
            UPDATE webhook_outbox w SET state = 'DELIVERING', attempts = w.attempts + 1, lease_owner = ?,
                   lease_until = ?
            FROM picked WHERE w.seq = picked.seq AND w.state = 'PENDING'
            RETURNING w.seq, w.event_id, w.idempotency_key, w.event_type, w.tenant, w.campaign_id, w.customer_key,
                      w.endpoint_url, w.secret_env, w.payload, w.attempts, w.retry_window_from, w.created_at""";
    private static final String CLAIM = "UPDATE webhook_outbox SET state = 'DELIVERING', attempts = attempts + 1,"
            + " lease_owner = ?, lease_until = ? WHERE state = 'PENDING'";
    private static final String DELIVERED = "UPDATE webhook_outbox SET state = 'DELIVERED', delivered_at = ?,"
            + " last_status = ?, last_error = NULL, lease_owner = NULL, lease_until = NULL"
            + " WHERE state = 'DELIVERING' AND lease_owner = ?";
    private static final String RETRY = "UPDATE webhook_outbox SET state = 'PENDING', next_attempt_at = ?,"
            + " last_status = ?, last_error = ?, lease_owner = NULL, lease_until = NULL"
            + " WHERE seq = ? AND state = 'DELIVERING' AND lease_owner = ?";
    private static final String DEAD = "UPDATE webhook_outbox SET state = 'DEAD', dead_at = ?,"
            + " last_status = ?, last_error = ?, lease_owner = NULL, lease_until = NULL"
            + " WHERE seq = ? AND state = 'DELIVERING' AND lease_owner = ?";
    /** the same three outcomes as DELIVERED, RETRY and DEAD, for a whole batch in one statement (PostgreSQL) */
    private static final String PG_COMPLETE = """
            UPDATE webhook_outbox w SET state = v.state,
                   delivered_at = CASE WHEN v.state = 'DELIVERED' THEN v.at ELSE w.delivered_at END,
                   next_attempt_at = CASE WHEN v.state = 'PENDING' THEN v.at ELSE w.next_attempt_at END,
                   dead_at = CASE WHEN v.state = 'DEAD' THEN v.at ELSE w.dead_at END,
                   last_status = v.status, last_error = v.error, lease_owner = NULL, lease_until = NULL
            FROM UNNEST(CAST(? AS BIGINT[]), CAST(? AS VARCHAR[]), CAST(? AS TIMESTAMPTZ[]), CAST(? AS INTEGER[]),
                        CAST(? AS VARCHAR[])) AS v(seq, state, at, status, error)
            WHERE w.seq = v.seq AND w.state = 'DELIVERING' AND w.lease_owner = ?""";
    private static final String RELEASE_EXPIRED = "UPDATE webhook_outbox SET state = 'PENDING', lease_owner = NULL,"
            + " lease_until = NULL WHERE state = 'DELIVERING' AND lease_until <= ?";
    private static final String RELEASE_STALE = RELEASE_EXPIRED.replace("lease_until <= ?",
            "(lease_until <= ? OR lease_owner = ?)");

    private final DataSource dataSource;
    private final String owner;
    /** null until the first connection says which database this is */
    private volatile Boolean postgres;

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
     * @param freeSlots free request slots of the endpoints this sender is sending to (0 or less: none, and the query
     *     leaves them out so they cannot starve the others)
     * @param otherEndpointSlots free slots of any endpoint not in {@code freeSlots}
     */
    List<OutboxEntry> claim(int fetch, int max, Map<String, Integer> freeSlots, int otherEndpointSlots, Instant now,
            Instant leaseUntil) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (isPostgres(c)) {
                return claimLocked(c, fetch, max, freeSlots, otherEndpointSlots, now, leaseUntil);
            }
            Set<String> saturated = new HashSet<>();
            freeSlots.forEach((endpoint, free) -> {
                if (free <= 0) {
                    saturated.add(endpoint);
                }
            });
            List<OutboxEntry> candidates = OutboxCandidates.pick(OutboxCandidates.read(c, fetch, saturated, now), max,
                    endpoint -> freeSlots.getOrDefault(endpoint, otherEndpointSlots));
            if (candidates.isEmpty()) {
                return candidates;
            }
            return Transactions.run(c, tx -> claimAll(tx, candidates, leaseUntil));
        }
    }

    /**
     * PostgreSQL, one statement (one round trip, its own transaction): the candidates are locked
     * {@code FOR UPDATE SKIP LOCKED}, so several servers polling at once each take different rows instead of all
     * reading the same oldest rows and all but one finding them taken; the endpoints' free slots are applied in SQL
     * and the rows kept are claimed and returned. A row another server is claiming is skipped, and its customer's later
     * rows stay out because the earlier one is still pending or delivering in this statement's snapshot.
     */
    private List<OutboxEntry> claimLocked(Connection c, int fetch, int max, Map<String, Integer> freeSlots,
            int otherEndpointSlots, Instant now, Instant leaseUntil) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PG_CLAIM)) {
            List<String> endpoints = new ArrayList<>(freeSlots.keySet());
            List<String> saturated = endpoints.stream().filter(e -> freeSlots.get(e) <= 0).toList();
            Sql.setInstant(ps, 1, now);
            ps.setArray(2, c.createArrayOf("varchar", saturated.toArray()));
            ps.setInt(3, fetch);
            ps.setArray(4, c.createArrayOf("varchar", endpoints.toArray()));
            ps.setArray(5, c.createArrayOf("integer", endpoints.stream().map(freeSlots::get).toArray()));
            ps.setInt(6, otherEndpointSlots);
            ps.setInt(7, max);
            ps.setString(8, owner);
            Sql.setInstant(ps, 9, leaseUntil);
            List<OutboxEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(OutboxCandidates.entry(rs, 0));
                }
            }
            out.sort(java.util.Comparator.comparingLong(OutboxEntry::seq));
            return out;
        }
    }

    private boolean isPostgres(Connection c) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            postgres = known;
        }
        return known;
    }

    /**
     * One UPDATE for the whole batch, not one per row: when it changed every row, all are ours (the common case);
     * when a peer won some, the rows carrying this claim's owner and lease time are the ones we hold.
     */
    private List<OutboxEntry> claimAll(Connection c, List<OutboxEntry> candidates, Instant leaseUntil)
            throws SQLException {
        int changed;
        try (PreparedStatement ps = c.prepareStatement(CLAIM + inList(candidates.size()))) {
            ps.setString(1, owner);
            Sql.setInstant(ps, 2, leaseUntil);
            bindSeqs(ps, 3, candidates.stream().map(OutboxEntry::seq).toList());
            changed = ps.executeUpdate();
        }
        if (changed == candidates.size()) {
            return candidates;
        }
        Set<Long> ours = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM webhook_outbox WHERE state = 'DELIVERING'"
                + " AND lease_owner = ? AND lease_until = ?" + inList(candidates.size()))) {
            ps.setString(1, owner);
            Sql.setInstant(ps, 2, leaseUntil);
            bindSeqs(ps, 3, candidates.stream().map(OutboxEntry::seq).toList());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ours.add(rs.getLong(1));
                }
            }
        }
        return candidates.stream().filter(e -> ours.contains(e.seq())).toList();
    }

    private static String inList(int n) {
        return " AND seq IN (" + "?,".repeat(n - 1) + "?)";
    }

    private static void bindSeqs(PreparedStatement ps, int from, List<Long> seqs) throws SQLException {
        for (int i = 0; i < seqs.size(); i++) {
            ps.setLong(from + i, seqs.get(i));
        }
    }

    /** Claims up to {@code limit} due rows with no concurrency limits (tests, tools). */
    List<OutboxEntry> claim(int limit, Instant now, Instant leaseUntil) throws SQLException {
        return claim(limit, limit, Map.of(), Integer.MAX_VALUE, now, leaseUntil);
    }

    /**
     * How one claimed row's attempt ended: delivered, pending again from a time on (a retry), or dead. Immutable.
     *
     * @param at delivery time, the retry's time, or the time it became a dead letter
     */
    record Completion(long seq, Kind kind, Instant at, Integer status, String error) {
        enum Kind { DELIVERED, RETRY, DEAD }
    }

    /**
     * Records many attempts' ends in one transaction: the deliveries in one statement per HTTP status, retries and dead
     * letters in a batch. Each row is written only while this owner still holds its lease; returns how many rows had
     * lost theirs (another sender took them over after the lease ran out).
     */
    int complete(List<Completion> completions) throws SQLException {
        if (completions.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            if (isPostgres(c)) {
                return completions.size() - completeAll(c, completions);
            }
            return Transactions.run(c, tx -> {
                int lost = 0;
                // rows delivered at the same time with the same status share one UPDATE
                Map<List<Object>, List<Completion>> delivered = new HashMap<>();
                List<Completion> others = new ArrayList<>();
                for (Completion x : completions) {
                    if (x.kind() == Completion.Kind.DELIVERED) {
                        delivered.computeIfAbsent(List.of(x.status(), x.at()), k -> new ArrayList<>()).add(x);
                    } else {
                        others.add(x);
                    }
                }
                for (List<Completion> sameStatus : delivered.values()) {
                    lost += sameStatus.size() - delivered(tx, sameStatus);
                }
                return lost + completeOneByOne(tx, others);
            });
        }
    }

    /** PostgreSQL: every completion of the batch in one UPDATE over arrays (one round trip); returns rows written. */
    private int completeAll(Connection c, List<Completion> completions) throws SQLException {
        int n = completions.size();
        Object[] seqs = new Object[n];
        Object[] states = new Object[n];
        Object[] ats = new Object[n];
        Object[] statuses = new Object[n];
        Object[] errors = new Object[n];
        for (int i = 0; i < n; i++) {
            Completion x = completions.get(i);
            seqs[i] = x.seq();
            states[i] = switch (x.kind()) {
                case DELIVERED -> "DELIVERED";
                case RETRY -> "PENDING";
                case DEAD -> "DEAD";
            };
            ats[i] = java.sql.Timestamp.from(x.at());
            statuses[i] = x.status();
            errors[i] = x.error();
        }
        try (PreparedStatement ps = c.prepareStatement(PG_COMPLETE)) {
            ps.setArray(1, c.createArrayOf("bigint", seqs));
            ps.setArray(2, c.createArrayOf("varchar", states));
            ps.setArray(3, c.createArrayOf("timestamptz", ats));
            ps.setArray(4, c.createArrayOf("integer", statuses));
            ps.setArray(5, c.createArrayOf("varchar", errors));
            ps.setString(6, owner);
            return ps.executeUpdate();
        }
    }

    private int delivered(Connection c, List<Completion> sameStatus) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELIVERED + inList(sameStatus.size()))) {
            Sql.setInstant(ps, 1, sameStatus.get(0).at());
            ps.setObject(2, sameStatus.get(0).status(), java.sql.Types.INTEGER);
            ps.setString(3, owner);
            bindSeqs(ps, 4, sameStatus.stream().map(Completion::seq).toList());
            return ps.executeUpdate();
        }
    }

    private int completeOneByOne(Connection c, List<Completion> batch) throws SQLException {
        if (batch.isEmpty()) {
            return 0;
        }
        int lost = 0;
        for (Completion.Kind kind : List.of(Completion.Kind.RETRY, Completion.Kind.DEAD)) {
            try (PreparedStatement ps = c.prepareStatement(kind == Completion.Kind.RETRY ? RETRY : DEAD)) {
                int rows = 0;
                for (Completion x : batch) {
                    if (x.kind() == kind) {
                        Sql.setInstant(ps, 1, x.at());
                        ps.setObject(2, x.status(), java.sql.Types.INTEGER);
                        ps.setString(3, x.error());
                        ps.setLong(4, x.seq());
                        ps.setString(5, owner);
                        ps.addBatch();
                        rows++;
                    }
                }
                if (rows > 0) {
                    for (int count : ps.executeBatch()) {
                        lost += count == 0 ? 1 : 0;
                    }
                }
            }
        }
        return lost;
    }

    /** @return false if the lease was lost (another sender took the row over) */
    boolean markDelivered(long seq, int status, Instant now) throws SQLException {
        return complete(List.of(new Completion(seq, Completion.Kind.DELIVERED, now, status, null))) == 0;
    }

    boolean markRetry(long seq, Instant nextAttemptAt, Integer status, String error) throws SQLException {
        return complete(List.of(new Completion(seq, Completion.Kind.RETRY, nextAttemptAt, status, error))) == 0;
    }

    boolean markDead(long seq, Integer status, String error, Instant now) throws SQLException {
        return complete(List.of(new Completion(seq, Completion.Kind.DEAD, now, status, error))) == 0;
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
