package io.callbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.campaign.CampaignKey;
import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import io.callbot.testing.OldDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema version 120 on a database whose ledger and opt-out list held the customer id as text: the rows carry over
 * as numbers, the unique claim and the opt-out's key still hold, and a value that is not a number stops the
 * migration rather than being dropped.
 */
class CustomerIdMigrationTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final CampaignKey SALE = new CampaignKey("acme", "spring-sale");

    static Stream<Arguments> databases() {
        return OldDatabase.both();
    }

    private static void migrateTo90(OldDatabase old) {
        Flyway.configure().dataSource(old.url(), old.user(), "").locations("classpath:db/migration")
                .javaMigrations(ServiceLoader.load(JavaMigration.class).stream().map(ServiceLoader.Provider::get)
                        .toArray(JavaMigration[]::new))
                .schemas(old.schema() == null ? new String[0] : new String[] {old.schema()}).target("90").load()
                .migrate();
    }

    private static void execute(OldDatabase old, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(old.url(), old.user(), "")) {
            c.createStatement().execute(sql);
        }
    }

    private static String attemptRow(String customerId, int attemptNo) {
        return "INSERT INTO call_attempt (id, tenant, campaign_id, campaign_version, customer_id, attempt_no, state,"
                + " created_at) VALUES ('" + UUID.randomUUID() + "', 'acme', 'spring-sale', 'v1', '" + customerId
                + "', " + attemptNo + ", 'FINISHED', TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00')";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ledgerAndOptOutRowsCarryOverAsNumbersWithTheirKeys(OldDatabase old) throws Exception {
        try {
            migrateTo90(old);
            execute(old, attemptRow("7", 1));
            execute(old, attemptRow("4200000000001", 1));
            execute(old, "INSERT INTO schedule_opt_out (tenant, customer_id, opted_out_at)"
                    + " VALUES ('acme', '9', TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+00')");

            try (Database db = Database.open(new DatabaseSettings(old.url(), old.user(), "", 4, old.schema()))) {
                try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.getMetaData()
                        .getColumns(null, old.schema(), "call_attempt", "customer_id")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt("DATA_TYPE")).isEqualTo(java.sql.Types.BIGINT);
                }
                AttemptLedger ledger = new AttemptLedger(db.dataSource());
                assertThat(ledger.historyOf(SALE, 7).attempts()).hasSize(1);
                assertThat(ledger.historyOf(SALE, 4_200_000_000_001L).attempts()).hasSize(1);
                assertThat(ledger.optedOut("acme")).containsExactly(9L);

                // the unique claim (tenant, campaign, customer, attempt_no) still holds on the converted column
                assertThat(ledger.claim(new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", "spring-sale", "v1",
                        7, 1), "node", NOW, Duration.ofMinutes(2))).isFalse();
                assertThat(ledger.claim(new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", "spring-sale", "v1",
                        7, 2), "node", NOW, Duration.ofMinutes(2))).isTrue();
                // and so does the opt-out's key: a second opt-out adds no row
                ledger.optOut("acme", 9, NOW);
                assertThat(ledger.optedOut("acme")).containsExactly(9L);
            }
        } finally {
            old.drop().run();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLedgerIdThatIsNotANumberStopsTheMigration(OldDatabase old) throws Exception {
        try {
            migrateTo90(old);
            execute(old, attemptRow("7", 1));
            execute(old, attemptRow("c1", 1)); // never written by callbot: every id it wrote was customer.id
            assertThatThrownBy(() -> Database.open(new DatabaseSettings(old.url(), old.user(), "", 4, old.schema()))
                    .close()).hasStackTraceContaining("c1");
            try (Connection c = DriverManager.getConnection(old.url(), old.user(), "");
                    ResultSet rs = c.createStatement().executeQuery("SELECT customer_id FROM call_attempt"
                            + " ORDER BY customer_id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("7");
                assertThat(rs.next()).as("both rows are still there, unchanged").isTrue();
                assertThat(rs.getString(1)).isEqualTo("c1");
            }
        } finally {
            old.drop().run();
        }
    }
}
