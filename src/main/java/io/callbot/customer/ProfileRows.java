package io.callbot.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads full profiles (row + tags), always scoped by tenant. Stateless and thread-safe. */
final class ProfileRows {
    private ProfileRows() {}

    static final String COLUMNS = "id, tenant, external_id, phone, first_name, last_name, language, timezone,"
            + " timezone_source, attributes, consent, do_not_call, do_not_call_reason, do_not_call_at, created_at,"
            + " updated_at, last_called_at, last_outcome, callback_at";

    /** {@code keyColumn} is a constant of the caller ("id" or "external_id"), never user input. */
    static Optional<CustomerProfile> find(Connection c, String tenant, String keyColumn, Object key)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM customer WHERE tenant = ? AND " + keyColumn + " = ?")) {
            ps.setString(1, tenant);
            ps.setObject(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong("id");
                return Optional.of(map(rs, tags(c, tenant, id)));
            }
        }
    }

    static List<Tag> tags(Connection c, String tenant, long id) throws SQLException {
        List<Tag> tags = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, tag FROM customer_tag WHERE tenant = ? AND customer_id = ? ORDER BY tag")) {
            ps.setString(1, tenant);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.add(new Tag(TagKind.valueOf(rs.getString(1)), rs.getString(2)));
                }
            }
        }
        return tags;
    }

    static CustomerProfile map(ResultSet rs, List<Tag> tags) throws SQLException {
        String source = rs.getString("timezone_source");
        return new CustomerProfile(rs.getLong("id"), rs.getString("tenant"), rs.getString("external_id"),
                rs.getString("phone"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("language"),
                rs.getString("timezone"), source == null ? null : TimezoneSource.valueOf(source), tags,
                Attributes.fromJson(rs.getString("attributes")), rs.getBoolean("consent"),
                rs.getBoolean("do_not_call"), rs.getString("do_not_call_reason"),
                Sql.getInstant(rs, "do_not_call_at"), Sql.getInstant(rs, "created_at"),
                Sql.getInstant(rs, "updated_at"), Sql.getInstant(rs, "last_called_at"),
                rs.getString("last_outcome"), Sql.getInstant(rs, "callback_at"));
    }
}
