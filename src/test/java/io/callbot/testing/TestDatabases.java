package io.callbot.testing;

import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Fresh, migrated databases for tests: a private in-memory H2, or a private schema in the local PostgreSQL
 * ({@code 127.0.0.1:5432/test}, trust auth) that is dropped on close, so parallel test runs never collide.
 */
public final class TestDatabases {
    public static final String PG_URL = System.getProperty("callbot.test.pg.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String PG_USER = System.getProperty("callbot.test.pg.user", "postgres");

    private TestDatabases() {}

    /** A migrated private database, closed (and for PostgreSQL dropped) by {@link TestDatabase#close()}. */
    public record TestDatabase(String name, Database database, Runnable dropper) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
            dropper.run();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static TestDatabase h2() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        String url = "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Database db = Database.open(new DatabaseSettings(url, "sa", "", 8, null));
        return new TestDatabase("H2", db, () -> shutdownH2(url));
    }

    public static TestDatabase postgres() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        Database db = Database.open(new DatabaseSettings(PG_URL + "?currentSchema=" + schema, PG_USER, "", 8, schema));
        return new TestDatabase("PostgreSQL", db, () -> dropSchema(schema));
    }

    /** Both databases, for parameterized store tests: {@code @MethodSource("io.callbot.testing.TestDatabases#both")}. */
    public static Stream<TestDatabase> both() {
        return Stream.of(h2(), postgres());
    }

    private static void shutdownH2(String url) {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already gone
        }
    }

    private static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }
}
