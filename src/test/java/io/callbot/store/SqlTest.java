package io.callbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.testing.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one set of JDBC helpers behaves the same on H2 and PostgreSQL. */
class SqlTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aStoredTimeIsTheGivenOneTruncatedToMicrosecondsNeverLater(TestDatabase db) throws Exception {
        // 999,999,999 ns: a database rounding to microseconds would store the next second
        Instant given = Instant.parse("2026-12-04T10:15:30.999999999Z");
        try (db; Connection c = db.database().dataSource().getConnection()) {
            c.createStatement().execute("CREATE TABLE sql_times (id INT PRIMARY KEY, at TIMESTAMP WITH TIME ZONE)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sql_times (id, at) VALUES (?, ?)")) {
                ps.setInt(1, 1);
                Sql.setInstant(ps, 2, given);
                ps.executeUpdate();
                ps.setInt(1, 2);
                Sql.setInstant(ps, 2, null);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sql_times WHERE at <= ?")) {
                Sql.setInstant(ps, 1, given);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the row written with the same instant is due").isEqualTo(1);
                }
            }
            List<Instant> read = new ArrayList<>();
            Sql.query(db.database().dataSource(), "reading times", "SELECT at FROM sql_times ORDER BY id", List.of(),
                    rs -> read.add(Sql.getInstant(rs, "at")));
            assertThat(read).containsExactly(Instant.parse("2026-12-04T10:15:30.999999Z"), null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aDuplicateKeyIsAUniqueViolation(TestDatabase db) throws Exception {
        try (db; Connection c = db.database().dataSource().getConnection()) {
            c.createStatement().execute("CREATE TABLE sql_keys (id INT PRIMARY KEY)");
            c.createStatement().execute("INSERT INTO sql_keys (id) VALUES (1)");
            try {
                c.createStatement().execute("INSERT INTO sql_keys (id) VALUES (1)");
                throw new AssertionError("a duplicate key was accepted");
            } catch (SQLException e) {
                assertThat(Sql.isUniqueViolation(e)).isTrue();
            }
        }
    }
}
