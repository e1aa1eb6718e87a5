package io.callbot.webhook;

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
import java.util.UUID;
import java.util.function.ToIntFunction;
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
     * @param saturated endpoints with no free slot (left out of the query so they cannot starve the others)
     * @param freeSlots free slots of an endpoint not in {@code saturated}
     */
    List<OutboxEntry> claim(int fetch, int max, Set<String> saturated, ToIntFunction<String> freeSlots, Instant now,
            Instant leaseUntil) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (isPostgres(c)) {
                return inTransaction(c, () -> claimLocked(c, fetch, max, saturated, freeSlots, now, leaseUntil));
            }
            List<OutboxEntry> candidates = pick(candidates(c, fetch, saturated, now, ""), max, freeSlots);
            if (candidates.isEmpty()) {
                return candidates;
            }
            return inTransaction(c, () -> claimAll(c, candidates, leaseUntil));
        }
    }

    /**
     * PostgreSQL: the candidates are read {@code FOR UPDATE SKIP LOCKED}, so several servers polling at once each lock
     * different rows instead of all reading the same oldest rows and all but one finding them taken; the rows locked
     * are ours, and the UPDATE (still guarded by {@code state = 'PENDING'}) claims them in the same transaction. A
     * row another server is claiming is skipped, and its customer's later rows stay out because the earlier one is
     * still pending or delivering in this statement's snapshot.
     */
    private List<OutboxEntry> claimLocked(Connection c, int fetch, int max, Set<String> saturated,
            ToIntFunction<String> freeSlots, Instant now, Instant leaseUntil) throws SQLException {
        List<OutboxEntry> candidates = pick(candidates(c, fetch, saturated, now, " FOR UPDATE OF o SKIP LOCKED"), max,
                freeSlots);
        if (candidates.isEmpty()) {
            return candidates;
        }
        try (PreparedStatement ps = c.prepareStatement(CLAIM + ANY_SEQ)) {
            ps.setString(1, owner);
            Sql.setInstant(ps, 2, leaseUntil);
            ps.setArray(3, seqArray(c, candidates.stream().map(OutboxEntry::seq).toList()));
            int changed = ps.executeUpdate();
            if (changed != candidates.size()) {
                throw new SQLException("claimed " + changed + " of " + candidates.size() + " locked outbox rows");
            }
        }
        return candidates;
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

    /** PostgreSQL: one statement text whatever the batch size, so the server plans it once per connection */
    private static final String ANY_SEQ = " AND seq = ANY (?)";

    private static java.sql.Array seqArray(Connection c, List<Long> seqs) throws SQLException {
        return c.createArrayOf("bigint", seqs.toArray());
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

    private static List<OutboxEntry> candidates(Connection c, int limit, Set<String> saturated, Instant now,
            String lock) throws SQLException {
        String exclude = saturated.isEmpty() ? ""
                : " AND o.endpoint_url NOT IN (" + String.join(", ", saturated.stream().map(s -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(CANDIDATES.formatted(exclude) + lock)) {
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
            boolean pg = isPostgres(c);
            return inTransaction(c, () -> {
                if (pg) {
                    // losing this commit to a database crash only means resending (at-least-once); commits stay in
                    // order, so a later claim of the customer's next event is never durable without this one
                    try (java.sql.Statement s = c.createStatement()) {
                        s.execute("SET LOCAL synchronous_commit TO OFF");
                    }
                }
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
                    lost += sameStatus.size() - delivered(c, sameStatus, pg);
                }
                return lost + completeOneByOne(c, others);
            });
        }
    }

    private int delivered(Connection c, List<Completion> sameStatus, boolean pg) throws SQLException {
        List<Long> seqs = sameStatus.stream().map(Completion::seq).toList();
        try (PreparedStatement ps = c.prepareStatement(DELIVERED + (pg ? ANY_SEQ : inList(seqs.size())))) {
            Sql.setInstant(ps, 1, sameStatus.get(0).at());
            ps.setObject(2, sameStatus.get(0).status(), java.sql.Types.INTEGER);
            ps.setString(3, owner);
            if (pg) {
                ps.setArray(4, seqArray(c, seqs));
            } else {
                bindSeqs(ps, 4, seqs);
            }
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

    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
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
