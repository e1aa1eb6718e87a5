package io.callbot.webhook;

import io.callbot.store.Sql;
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

/**
 * The rows a claim may take, read apart from the claim (H2; PostgreSQL locks and claims them in one statement, see
 * {@link OutboxLeases}): due pending rows, oldest first, only when no earlier row of the same customer and endpoint
 * is still pending or delivering, then cut to the endpoints' free request slots. Stateless.
 */
final class OutboxCandidates {
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

    private OutboxCandidates() {
    }

    /** Up to {@code limit} due rows, oldest first, leaving out the {@code saturated} endpoints. */
    static List<OutboxEntry> read(Connection c, int limit, Set<String> saturated, Instant now) throws SQLException {
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
                    out.add(entry(rs, 1));
                }
            }
            return out;
        }
    }

    /** The candidates in order, at most {@code max}, each endpoint taking no more than its free slots. */
    static List<OutboxEntry> pick(List<OutboxEntry> candidates, int max, ToIntFunction<String> freeSlots) {
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

    /** @param attemptsAdded 1 when the row was read before its claim counted the attempt, 0 after */
    static OutboxEntry entry(ResultSet rs, int attemptsAdded) throws SQLException {
        return new OutboxEntry(rs.getLong("seq"), rs.getObject("event_id", UUID.class),
                rs.getString("idempotency_key"), rs.getString("event_type"), rs.getString("tenant"),
                rs.getString("campaign_id"), rs.getString("customer_key"), rs.getString("endpoint_url"),
                rs.getString("secret_env"), rs.getString("payload"), rs.getInt("attempts") + attemptsAdded,
                Sql.getInstant(rs, "retry_window_from"), Sql.getInstant(rs, "created_at"));
    }
}
