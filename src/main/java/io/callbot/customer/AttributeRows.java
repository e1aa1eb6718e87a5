package io.callbot.customer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;

/**
 * Keeps {@code customer_attribute} (the typed, indexed copy of each profile's JSON attributes) in step with the
 * JSON column; callers own the transaction. Stateless and thread-safe.
 */
final class AttributeRows {
    private AttributeRows() {}

    /** Replaces all attribute rows of the given customers (already checked to belong to {@code tenant}). */
    static void replace(Connection c, String tenant, Map<Long, Map<String, Object>> byCustomer, boolean deleteFirst)
            throws SQLException {
        if (byCustomer.isEmpty()) {
            return;
        }
        if (deleteFirst) {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM customer_attribute WHERE tenant = ? AND customer_id = ?")) {
                for (Long id : byCustomer.keySet()) {
                    ps.setString(1, tenant);
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer_attribute"
                + " (customer_id, tenant, attr_key, text_value, num_value, date_value) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (var customer : byCustomer.entrySet()) {
                for (var attr : customer.getValue().entrySet()) {
                    addRow(ps, tenant, customer.getKey(), attr.getKey(), Attributes.typed(attr.getValue()));
                }
            }
            ps.executeBatch();
        }
    }

    /**
     * Rewrites only the given keys' rows of each customer (a re-import that changed some attributes): the
     * other rows stay as they are.
     */
    static void replaceKeys(Connection c, String tenant, Map<Long, Map<String, Object>> byCustomer)
            throws SQLException {
        if (byCustomer.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM customer_attribute WHERE tenant = ? AND customer_id = ? AND attr_key = ?")) {
            for (var customer : byCustomer.entrySet()) {
                for (String key : customer.getValue().keySet()) {
                    ps.setString(1, tenant);
                    ps.setLong(2, customer.getKey());
                    ps.setString(3, key);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        replace(c, tenant, byCustomer, false);
    }

    private static void addRow(PreparedStatement ps, String tenant, long id, String key, Attributes.Typed v)
            throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, tenant);
        ps.setString(3, key);
        Sql.setString(ps, 4, v.text());
        BigDecimal n = v.number();
        if (n == null) {
            ps.setNull(5, Types.NUMERIC);
        } else {
            ps.setBigDecimal(5, n);
        }
        Sql.setInstant(ps, 6, v.date());
        ps.addBatch();
    }
}
