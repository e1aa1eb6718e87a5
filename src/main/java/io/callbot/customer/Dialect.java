package io.callbot.customer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The two databases the store runs on and the few places their SQL differs: column types for arrays and JSON,
 * and how a JSON parameter is written. Everything else is one SQL for both. Immutable.
 */
enum Dialect {
    H2("INTEGER ARRAY", "VARCHAR(1000000)", "VARCHAR(200)", "?"),
    POSTGRES("INTEGER[]", "JSONB", "VARCHAR(200) COLLATE \"C\"", "CAST(? AS JSONB)");

    /** column type of an array of tag ids */
    final String intArray;
    /** column type of a profile's attributes (PostgreSQL: jsonb, merged with {@code ||} by the set-based import) */
    final String json;
    /**
     * column type of a text attribute slot: compared in code-point order on both databases (H2 compares strings
     * so; PostgreSQL's default collation would not), as the import's Java fallback does
     */
    final String textSlot;
    /** a bound JSON text in an INSERT or UPDATE */
    final String jsonParam;

    Dialect(String intArray, String json, String textSlot, String jsonParam) {
        this.intArray = intArray;
        this.json = json;
        this.textSlot = textSlot;
        this.jsonParam = jsonParam;
    }

    static Dialect of(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRES : H2;
    }

    /** An empty tag-id array literal. */
    String emptyIntArray() {
        return "CAST(ARRAY[] AS " + intArray + ")";
    }
}
