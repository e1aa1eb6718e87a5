package io.callbot.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Runs a read query with positional arguments on its own pooled connection, row by row. Stateless; thread-safe. */
final class SqlRows {
    private SqlRows() {}

    /** Reads one row; may throw what JDBC throws. */
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql}; a database error becomes an IllegalStateException starting with {@code what}. */
    static void query(DataSource db, String what, String sql, List<?> args, Row row) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
    }
}
