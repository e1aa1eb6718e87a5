package io.callbot.customer;

import io.callbot.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads full profiles (profile row + tags from the filter row), always scoped by tenant. Stateless and thread-safe. */
final class ProfileRows {
    private ProfileRows() {}

    static final String COLUMNS = "c.id, c.tenant, c.external_id, c.phone, c.first_name, c.last_name, c.language,"
            + " c.timezone, c.timezone_source, c.attributes, c.consent, c.do_not_call, c.do_not_call_reason,"
            + " c.do_not_call_at, c.created_at, c.updated_at, c.last_called_at, c.last_outcome, c.callback_at, f.tag_ids";

    /** {@code keyColumn} is a constant of the caller ("id" or "external_id"), never user input. */
    static Optional<CustomerProfile> find(Connection c, String tenant, String keyColumn, Object key)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM customer c JOIN customer_filter f"
                + " ON f.customer_id = c.id WHERE c.tenant = ? AND c." + keyColumn + " = ?")) {
            ps.setString(1, tenant);
            ps.setObject(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(map(rs, TagNames.load(c, tenant).tags(c, FilterRows.ints(rs.getArray("tag_ids")))));
            }
        }
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
