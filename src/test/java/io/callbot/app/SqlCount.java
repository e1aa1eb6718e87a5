package io.callbot.app;

import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;

/** The single number a counting query answers; shared by the server tests that check the store's rows. */
final class SqlCount {

    private SqlCount() {
    }

    static long count(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
