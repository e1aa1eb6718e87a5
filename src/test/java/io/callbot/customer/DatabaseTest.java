package io.callbot.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
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
}
