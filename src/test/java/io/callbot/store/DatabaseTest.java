package io.callbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.testing.TestDatabases.TestDatabase;
import io.callbot.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void opensAndMigratesTheSchema(TestDatabase db) throws Exception {
        try (db; Connection c = db.database().dataSource().getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT v FROM callbot_info WHERE k = 'schema_family'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("callbot");
        }
    }

    @org.junit.jupiter.api.Test
    void settingsRejectBadValuesNamingTheKey() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", "sa", "", 0, null))
                .hasMessage("db.max_pool_size must be > 0, was 0");
        assertThat(new DatabaseSettings("jdbc:postgresql://h/db?user=a&password=secret", "a", "", 1, null).redactedUrl())
                .doesNotContain("secret");
    }

    /** Shutdown interrupts executor threads mid-commit; with plain file channels that closed the whole database. */
    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Timeout(120)
    void theEmbeddedDatabaseSurvivesThreadsInterruptedWhileTheyCommit(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        try (Database db = Database.open(DatabaseSettings.embedded(dir.resolve("callbot").toString()))) {
            try (Connection c = db.dataSource().getConnection()) {
                c.createStatement().execute("CREATE TABLE interrupted_writes (id SERIAL PRIMARY KEY)");
            }
            for (int i = 0; i < 100; i++) {
                Thread writer = new Thread(() -> {
                    try (Connection c = db.dataSource().getConnection()) {
                        for (int j = 0; j < 20; j++) {
                            c.createStatement().execute("INSERT INTO interrupted_writes DEFAULT VALUES");
                        }
                    } catch (java.sql.SQLException e) {
                        // an interrupted statement may fail; the database must not
                    }
                });
                writer.start();
                Thread.sleep(1);
                writer.interrupt();
                writer.join();
            }
            try (Connection c = db.dataSource().getConnection();
                    ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM interrupted_writes")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isPositive();
            }
        }
    }
}
