package io.callbot.customer;

import io.callbot.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * An open audience result: connection (autocommit off, read-only transaction), statement and forward-only
 * result set, read row by row; conditions the SQL left to Java ({@link ConditionMatcher}) skip the rows they
 * reject. Not thread-safe: one consumer; {@link #close()} releases everything.
 */
final class Cursor implements AutoCloseable {
    /** Builds the query on the cursor's connection (it reads the tenant's slots and tags there). */
    @FunctionalInterface
    interface QueryBuilder {
        AudienceSql.Query build(Connection c) throws SQLException;
    }

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final String tenant;
    private final List<ConditionMatcher> matchers;
    /** the query selected {@link AudienceSql#CONTACT_COLUMNS} only (plus the attributes when matchers need them) */
    private final boolean contactsOnly;

    private Cursor(Connection connection, PreparedStatement statement, ResultSet rows, String tenant,
            List<ConditionMatcher> matchers, boolean contactsOnly) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.tenant = tenant;
        this.matchers = matchers;
        this.contactsOnly = contactsOnly;
    }

    static Cursor open(DataSource dataSource, QueryBuilder builder, String tenant, Instant now) {
        return open(dataSource, builder, tenant, now, false);
    }

    /** {@code contactsOnly}: the builder selects {@link AudienceSql#CONTACT_COLUMNS}; members carry only those. */
    static Cursor open(DataSource dataSource, QueryBuilder builder, String tenant, Instant now, boolean contactsOnly) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            // PostgreSQL's driver only honours the fetch size (streams) inside a transaction
            c.setAutoCommit(false);
            AudienceSql.Query query = builder.build(c);
            PreparedStatement ps = AudienceQuery.prepare(c, query);
            return new Cursor(c, ps, ps.executeQuery(), tenant,
                    query.inJava().stream().map(cond -> new ConditionMatcher(cond, now)).toList(), contactsOnly);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new CustomerStoreException("audience query for tenant " + tenant + " failed: " + e.getMessage(), e);
        }
    }

    boolean filteredInJava() {
        return !matchers.isEmpty();
    }

    /** The next member, or null at the end. */
    AudienceMember next() {
        try {
            while (rows.next()) {
                if (contactsOnly && matchers.isEmpty()) {
                    return contact(Map.of());
                }
                Map<String, Object> attributes = Attributes.fromJson(rows.getString("attributes"));
                if (matchers.stream().allMatch(m -> m.matches(attributes))) {
                    return contactsOnly ? contact(attributes) : member(attributes);
                }
            }
            return null;
        } catch (SQLException e) {
            throw new CustomerStoreException("reading audience of tenant " + tenant + " failed: " + e.getMessage(), e);
        }
    }

    private AudienceMember member(Map<String, Object> attributes) throws SQLException {
        String source = rows.getString("timezone_source");
        return new AudienceMember(rows.getLong("id"), rows.getString("external_id"), rows.getString("phone"),
                rows.getString("first_name"), rows.getString("last_name"), rows.getString("language"),
                rows.getString("timezone"), source == null ? null : TimezoneSource.valueOf(source),
                rows.getBoolean("consent"), Sql.getInstant(rows, "last_called_at"), rows.getString("last_outcome"),
                Sql.getInstant(rows, "callback_at"), attributes);
    }

    /** A member with only the contact columns read: id, phone and timezone (the attributes when they were read). */
    private AudienceMember contact(Map<String, Object> attributes) throws SQLException {
        return new AudienceMember(rows.getLong(1), null, rows.getString(2), null, null, null, rows.getString(3), null,
                false, null, null, null, attributes);
    }

    @Override
    public void close() {
        try (connection; statement; rows) {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new CustomerStoreException("closing audience cursor of tenant " + tenant + " failed", e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
        }
    }
}
