package io.callbot.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * An open audience result: connection (autocommit off, read-only transaction), statement and forward-only
 * result set, read row by row. Not thread-safe: one consumer; {@link #close()} releases everything.
 */
final class Cursor implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final String tenant;

    private Cursor(Connection connection, PreparedStatement statement, ResultSet rows, String tenant) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.tenant = tenant;
    }

    static Cursor open(DataSource dataSource, AudienceSql.Query query, String tenant) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            // PostgreSQL's driver only honours the fetch size (streams) inside a transaction
            c.setAutoCommit(false);
            PreparedStatement ps = AudienceQuery.prepare(c, query);
            return new Cursor(c, ps, ps.executeQuery(), tenant);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new CustomerStoreException("audience query for tenant " + tenant + " failed: " + e.getMessage(), e);
        }
    }

    /** The next member, or null at the end. */
    AudienceMember next() {
        try {
            if (!rows.next()) {
                return null;
            }
            String source = rows.getString("timezone_source");
            return new AudienceMember(rows.getLong("id"), rows.getString("external_id"), rows.getString("phone"),
                    rows.getString("first_name"), rows.getString("last_name"), rows.getString("language"),
                    rows.getString("timezone"), source == null ? null : TimezoneSource.valueOf(source),
                    rows.getBoolean("consent"), Sql.getInstant(rows, "last_called_at"),
                    rows.getString("last_outcome"), Sql.getInstant(rows, "callback_at"),
                    Attributes.fromJson(rows.getString("attributes")));
        } catch (SQLException e) {
            throw new CustomerStoreException("reading audience of tenant " + tenant + " failed: " + e.getMessage(), e);
        }
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
