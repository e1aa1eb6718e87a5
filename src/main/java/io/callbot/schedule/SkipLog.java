package io.callbot.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Why each customer was left out of a campaign's ticks ({@code schedule_skip}): only the latest reason per
 * (campaign, customer), written only when it changes, so a tick over a large audience writes little.
 * Thread-safe; each call uses its own pooled connection.
 */
public final class SkipLog {
    private static final int BATCH = 1000;

    private final DataSource dataSource;

    public SkipLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One recorded reason. */
    public record Entry(String campaignId, String customerId, String tenant, SkipReason reason, String detail,
                        Instant since) {
    }

    /** The current reason code of every customer skipped in the campaign. */
    public Map<String, String> reasonsOf(String campaignId) throws SQLException {
        Map<String, String> reasons = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT customer_id, reason FROM schedule_skip WHERE campaign_id = ?")) {
            ps.setString(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reasons.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return reasons;
    }

    public Optional<Entry> latest(String campaignId, String customerId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT * FROM schedule_skip WHERE campaign_id = ? AND customer_id = ?")) {
            ps.setString(1, campaignId);
            ps.setString(2, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(campaignId, customerId, rs.getString("tenant"),
                        SkipReason.ofCode(rs.getString("reason")), rs.getString("detail"), Sql.instant(rs, "since")));
            }
        }
    }

    /** Replaces the entries of these customers (delete + insert, portable across H2 and PostgreSQL). */
    public void write(Collection<Entry> entries) throws SQLException {
        write(entries, id -> true);
    }

    /**
     * Writes the entries; only customers for which {@code hadEntry} is true are deleted first (a tick knows
     * which customers already had one, and a first tick over a large audience then only inserts).
     */
    public void write(Collection<Entry> entries, java.util.function.Predicate<String> hadEntry) throws SQLException {
        List<Entry> list = new ArrayList<>(entries);
        for (int i = 0; i < list.size(); i += BATCH) {
            List<Entry> chunk = list.subList(i, Math.min(list.size(), i + BATCH));
            try {
                writeChunk(chunk, hadEntry);
            } catch (SQLException e) {
                if (!Sql.isUniqueViolation(e)) {
                    throw e;
                }
                // a cluster peer's tick of the same campaign wrote some of these customers' entries meanwhile
                writeChunk(chunk, id -> true);
            }
        }
    }

    private void writeChunk(List<Entry> chunk, java.util.function.Predicate<String> hadEntry) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                delete(c, chunk.get(0).campaignId(), chunk.stream().map(Entry::customerId).filter(hadEntry).toList());
                insert(c, chunk);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Removes the entries of customers who got an attempt. */
    public void clear(String campaignId, Collection<String> customerIds) throws SQLException {
        if (customerIds.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            delete(c, campaignId, List.copyOf(customerIds));
        }
    }

    private static void delete(Connection c, String campaignId, List<String> customerIds) throws SQLException {
        if (customerIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM schedule_skip WHERE campaign_id = ? AND customer_id = ?")) {
            for (String id : customerIds) {
                ps.setString(1, campaignId);
                ps.setString(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insert(Connection c, List<Entry> chunk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO schedule_skip"
                + " (campaign_id, customer_id, tenant, reason, detail, since) VALUES (?,?,?,?,?,?)")) {
            for (Entry e : chunk) {
                ps.setString(1, e.campaignId());
                ps.setString(2, e.customerId());
                ps.setString(3, e.tenant());
                ps.setString(4, e.reason().code());
                ps.setString(5, e.detail() == null || e.detail().length() <= 512 ? e.detail() : e.detail().substring(0, 512));
                Sql.setInstant(ps, 6, e.since());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
