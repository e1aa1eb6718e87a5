package io.callbot.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one JDBC transaction on a connection, restoring its autocommit. Stateless and thread-safe. */
public final class Transactions {
    private Transactions() {}

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public static <T> T run(Connection c, Work<T> work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}
