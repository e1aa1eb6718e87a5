package io.callbot.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Writes {@code customer_tag} rows in JDBC batches; callers own the transaction. Stateless and thread-safe. */
final class TagRows {
    private TagRows() {}

    /**
     * Adds tags (a tag already present takes the new kind). The customer ids must already be checked to belong
     * to {@code tenant}; {@code replaceExisting} false skips the delete for freshly inserted customers.
     */
    static void add(Connection c, String tenant, Map<Long, List<Tag>> tagsByCustomer, Instant now,
            boolean replaceExisting) throws SQLException {
        if (tagsByCustomer.values().stream().allMatch(Collection::isEmpty)) {
            return;
        }
        if (replaceExisting) {
            remove(c, tenant, tagsByCustomer.entrySet().stream().flatMap(e -> e.getValue().stream()
                    .map(t -> Map.entry(e.getKey(), t.name()))).toList());
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO customer_tag (customer_id, tenant, tag, kind, added_at) VALUES (?, ?, ?, ?, ?)")) {
            for (var e : tagsByCustomer.entrySet()) {
                Map<String, Tag> byName = new java.util.LinkedHashMap<>();
                e.getValue().forEach(t -> byName.put(t.name(), t));
                for (Tag tag : byName.values()) {
                    ps.setLong(1, e.getKey());
                    ps.setString(2, tenant);
                    ps.setString(3, tag.name());
                    ps.setString(4, tag.kind().name());
                    Sql.setInstant(ps, 5, now);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Removes (customer id, tag name) pairs of the tenant. */
    static void remove(Connection c, String tenant, List<Map.Entry<Long, String>> pairs) throws SQLException {
        if (pairs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM customer_tag WHERE tenant = ? AND customer_id = ? AND tag = ?")) {
            for (var p : pairs) {
                ps.setString(1, tenant);
                ps.setLong(2, p.getKey());
                ps.setString(3, p.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
