package io.callbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.CampaignKey;
import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import io.callbot.testing.OldDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema version 61 on a database written before campaign ids were unique per tenant: the campaign's state and ledger
 * carry over to the tenant its file named, and another tenant may then use the same id.
 */
class CampaignKeyMigrationTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final CampaignKey ACME = new CampaignKey("acme", "spring-sale");
    private static final CampaignKey GLOBEX = new CampaignKey("globex", "spring-sale");

    static Stream<Arguments> databases() {
        return OldDatabase.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void campaignStateAndLedgerCarryOverToTheTenantOfTheirFile(OldDatabase old) throws Exception {
        try {
            Flyway.configure().dataSource(old.url(), old.user(), "").locations("classpath:db/migration")
                    .schemas(old.schema() == null ? new String[0] : new String[] {old.schema()}).target("48").load()
                    .migrate();
            try (Connection c = DriverManager.getConnection(old.url(), old.user(), "")) {
                c.createStatement().execute("INSERT INTO campaign_state (campaign_id, tenant, version, state, updated_at)"
                        + " VALUES ('spring-sale', 'acme', 'v1', 'paused', TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00')");
                c.createStatement().execute("INSERT INTO call_attempt (id, tenant, campaign_id, campaign_version,"
                        + " customer_id, attempt_no, state, created_at) VALUES ('" + UUID.randomUUID() + "', 'acme',"
                        + " 'spring-sale', 'v1', '7', 1, 'FINISHED', TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00')");
            }
            try (Database db = Database.open(new DatabaseSettings(old.url(), old.user(), "", 4, old.schema()))) {
                CampaignStates states = new CampaignStates(db.dataSource());
                assertThat(states.get(ACME).orElseThrow().lifecycle()).isEqualTo(CampaignLifecycle.PAUSED);
                assertThat(states.get(GLOBEX)).isEmpty();
                AttemptLedger ledger = new AttemptLedger(db.dataSource());
                assertThat(ledger.historyOf(ACME, 7).attempts()).hasSize(1);
                assertThat(ledger.historyOf(GLOBEX, 7).attempts()).isEmpty();

                // another tenant's spring-sale: its own state and its own claims
                states.register(GLOBEX, "g1", NOW);
                states.transition(GLOBEX, CampaignLifecycle.RUNNING, NOW);
                assertThat(states.get(ACME).orElseThrow().lifecycle()).isEqualTo(CampaignLifecycle.PAUSED);
                assertThat(ledger.claim(new AttemptLedger.NewAttempt(UUID.randomUUID(), "globex", "spring-sale", "g1",
                        7, 1), "node", NOW, Duration.ofMinutes(2))).isTrue();
                assertThat(ledger.claim(new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", "spring-sale", "v1",
                        7, 1), "node", NOW, Duration.ofMinutes(2))).isFalse();
            }
        } finally {
            old.drop().run();
        }
    }
}
