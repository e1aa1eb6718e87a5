package io.callbot.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The few profile fields that lists of calls show (name, CRM id, phone, timezone), read for a page of customers in
 * one query, and customer ids found by CRM id or phone. Thread-safe; each call uses its own pooled connection.
 */
public final class CustomerCards {

    /** Who a customer is, as lists show them. Immutable value. */
    public record Card(long id, String tenant, String externalId, String firstName, String lastName, String phone,
                       String timezone) {

        /** First and last name joined, or null when neither is known. */
        public String name() {
            String n = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
            return n.isEmpty() ? null : n;
        }
    }

    private final DataSource dataSource;
    private final PhoneNumbers phones;

    public CustomerCards(DataSource dataSource, PhoneNumbers phones) {
        this.dataSource = dataSource;
        this.phones = phones;
    }

    /** The cards of {@code ids} among the tenants' customers, by id; missing ids are left out. */
    public Map<Long, Card> byIds(Collection<String> tenants, Collection<Long> ids) {
        if (ids.isEmpty() || tenants.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT id, tenant, external_id, first_name, last_name, phone, timezone FROM customer WHERE tenant IN ("
                + marks(tenants.size()) + ") AND id IN (" + marks(ids.size()) + ")";
        Map<Long, Card> out = new HashMap<>();
        query(sql, tenants, ids, rs -> out.put(rs.getLong(1), new Card(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))));
        return out;
    }

    /**
     * Ids of the tenants' customers whose CRM id is {@code search}, or whose phone is {@code search} once normalized
     * to E.164 (so "(212) 555-1003" finds +12125551003).
     */
    public List<Long> find(Collection<String> tenants, String search) {
        if (tenants.isEmpty() || search == null || search.isBlank()) {
            return List.of();
        }
        String phone;
        try {
            phone = phones.normalize(search).e164();
        } catch (IllegalArgumentException notAPhone) {
            phone = search.trim();
        }
        String sql = "SELECT id FROM customer WHERE tenant IN (" + marks(tenants.size())
                + ") AND (external_id = ? OR phone = ?) ORDER BY id LIMIT 100";
        List<Long> out = new ArrayList<>();
        query(sql, tenants, List.of(search.trim(), phone), rs -> out.add(rs.getLong(1)));
        return out;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Collection<String> tenants, Collection<?> more, Row row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String t : tenants) {
                ps.setString(i++, t);
            }
            for (Object o : more) {
                ps.setObject(i++, o);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new CustomerStoreException("customer lookup failed: " + e.getMessage(), e);
        }
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
