package io.callbot.customer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Refreshes the planner statistics of the customer tables after a bulk change. Without them PostgreSQL
 * estimated one row per table right after a big import (autovacuum had not run yet) and planned the audience
 * semi-joins as nested loops: minutes instead of milliseconds. On PostgreSQL {@code customer_filter} is vacuumed
 * too: the counts {@link FilterIndexes} serves are index-only only while the visibility map says the imported pages
 * are all-visible, and autovacuum may be off or late (VACUUM skips pages already all-visible, so it reads about what
 * the import wrote). Stateless and thread-safe.
 */
final class TableStatistics {
    private TableStatistics() {}

    static void refresh(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        try (Statement s = c.createStatement()) {
            if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                s.execute("VACUUM (ANALYZE) customer_filter"); // needs autocommit: pool connections have it
                s.execute("ANALYZE customer");
            } else {
                s.execute("ANALYZE");
            }
        }
    }
}
