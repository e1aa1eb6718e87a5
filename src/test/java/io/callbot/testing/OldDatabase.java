package io.callbot.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A fresh database for a migration test, on H2 and on PostgreSQL (a schema of its own), that the test migrates only
 * up to an old schema version before writing rows the way an old release did; {@link #drop} removes it.
 */
public record OldDatabase(String name, String url, String user, String schema, Runnable drop) {

    /** One of each, for a {@code @MethodSource}. */
    public static Stream<Arguments> both() {
        String id = UUID.randomUUID().toString().replace("-", "");
        String h2 = "jdbc:h2:mem:o" + id + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";DB_CLOSE_DELAY=-1";
        String schema = "o_" + id;
        return Stream.of(
                Arguments.of(new OldDatabase("H2", h2, "sa", null, () -> run(h2, "sa", "SHUTDOWN"))),
                Arguments.of(new OldDatabase("PostgreSQL", TestDatabases.PG_URL + "?currentSchema=" + schema,
                        TestDatabases.PG_USER, schema, () -> run(TestDatabases.PG_URL, TestDatabases.PG_USER,
                                "DROP SCHEMA IF EXISTS " + schema + " CASCADE"))));
    }

    private static void run(String url, String user, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            // already gone
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
