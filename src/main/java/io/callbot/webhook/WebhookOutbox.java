package io.callbot.webhook;

import io.callbot.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code webhook_outbox} table's write and admin side: enqueue inside the caller's transaction, list and replay
 * dead letters, backlog figures. Delivery is {@link WebhookSender}'s job. Thread-safe (each call uses its own
 * statement; the caller owns the connection passed to {@link #enqueue}).
 */
public final class WebhookOutbox {
    private static final String INSERT = """
            INSERT INTO webhook_outbox (event_id, idempotency_key, event_type, tenant, campaign_id, customer_key,
                endpoint_url, secret_env, payload, state, attempts, next_attempt_at, retry_window_from, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String REPLAY = """
            UPDATE webhook_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = ?, retry_window_from = ?,
                dead_at = NULL, lease_owner = NULL, lease_until = NULL
            WHERE state = 'DEAD'""";

    private final DataSource dataSource;
    private final Clock clock;

    public WebhookOutbox(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Adds an event for delivery on the caller's connection, so it commits or rolls back with the call outcome it
     * reports. The event id is the idempotency key: enqueueing the same event twice keeps the first.
     *
     * @return true if a row was added, false if this event id was already in the outbox
     */
    public boolean enqueue(Connection connection, WebhookEndpoint endpoint, WebhookEvent event) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            ps.setObject(1, event.eventId());
            ps.setString(2, event.eventId().toString());
            ps.setString(3, event.type());
            ps.setString(4, event.tenant());
            ps.setString(5, event.campaign() == null ? null : event.campaign().id());
            ps.setString(6, event.customer().id());
            ps.setString(7, endpoint.url().toString());
            ps.setString(8, endpoint.secretEnv());
            ps.setString(9, WebhookJson.write(event));
            Sql.setInstant(ps, 10, now);
            Sql.setInstant(ps, 11, now);
            Sql.setInstant(ps, 12, now);
            return ps.executeUpdate() == 1;
        }
    }

    /** Puts one dead letter back in the queue with a fresh retry window; returns how many rows changed (0 or 1). */
    public int replay(UUID eventId, TenantFilter scope) throws SQLException {
        return replayWhere(" AND event_id = ?", eventId, scope);
    }

    /** Puts every dead letter in scope back in the queue; returns how many. */
    public int replayAll(TenantFilter scope) throws SQLException {
        return replayWhere("", null, scope);
    }

    private int replayWhere(String extra, UUID eventId, TenantFilter scope) throws SQLException {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(REPLAY + extra + scope.sqlFilter())) {
            int i = 1;
            Sql.setInstant(ps, i++, now);
            Sql.setInstant(ps, i++, now);
            if (eventId != null) {
                ps.setObject(i++, eventId);
            }
            for (String tenant : scope.parameters()) {
                ps.setString(i++, tenant);
            }
            return ps.executeUpdate();
        }
    }

    /** Dead letters in scope, newest first. */
    public List<DeadLetter> deadLetters(TenantFilter scope, int limit) throws SQLException {
        String sql = "SELECT event_id, event_type, tenant, campaign_id, customer_key, endpoint_url, attempts,"
                + " last_status, last_error, created_at, dead_at FROM webhook_outbox WHERE state = 'DEAD'"
                + scope.sqlFilter() + " ORDER BY dead_at DESC, seq DESC LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String tenant : scope.parameters()) {
                ps.setString(i++, tenant);
            }
            ps.setInt(i, limit);
            List<DeadLetter> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DeadLetter(rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                            rs.getString("tenant"), rs.getString("campaign_id"), rs.getString("customer_key"),
                            rs.getString("endpoint_url"), rs.getInt("attempts"), Sql.getInteger(rs, "last_status"),
                            rs.getString("last_error"), Sql.getInstant(rs, "created_at"), Sql.getInstant(rs, "dead_at")));
                }
            }
            return out;
        }
    }

    /** Counts by state and the age of the oldest undelivered event, for metrics. */
    public Backlog backlog() throws SQLException {
        String sql = "SELECT state, COUNT(*) AS n, MIN(created_at) AS oldest FROM webhook_outbox"
                + " WHERE state IN ('PENDING', 'DELIVERING', 'DEAD') GROUP BY state";
        long pending = 0;
        long delivering = 0;
        long dead = 0;
        Instant oldest = null;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String state = rs.getString("state");
                long n = rs.getLong("n");
                switch (state) {
                    case "PENDING" -> pending = n;
                    case "DELIVERING" -> delivering = n;
                    default -> dead = n;
                }
                Instant at = Sql.getInstant(rs, "oldest");
                if (!state.equals("DEAD") && at != null && (oldest == null || at.isBefore(oldest))) {
                    oldest = at;
                }
            }
        }
        Instant now = clock.instant();
        Optional<Duration> age = Optional.ofNullable(oldest).map(o -> o.isAfter(now) ? Duration.ZERO : Duration.between(o, now));
        return new Backlog(pending, delivering, dead, age);
    }

    /** Deletes delivered events older than the given age (the CRM has them); returns how many. */
    public int purgeDelivered(Duration olderThan) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM webhook_outbox WHERE state = 'DELIVERED' AND delivered_at < ?")) {
            Sql.setInstant(ps, 1, clock.instant().minus(olderThan));
            return ps.executeUpdate();
        }
    }
}
