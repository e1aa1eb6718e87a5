package io.callbot.schedule;

import static io.callbot.testing.NamedCustomers.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callbot.campaign.Campaign;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.InMemoryCandidates;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CampaignSchedulerTest {
    private static final io.callbot.campaign.CampaignKey KEY = new io.callbot.campaign.CampaignKey("acme", "every-second");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void quartzJdbcStoreFiresTheCampaignTickAndReconcilesOnStart(TestDatabase db) throws Exception {
        try (db) {
            var ds = db.database().dataSource();
            Clock clock = Clock.systemUTC();
            // a zone where it is about noon now, so the all-day window is open whatever the time of the run
            ZoneOffset noon = ZoneOffset.ofHours(12 - clock.instant().atZone(ZoneOffset.UTC).getHour());
            Campaign campaign = Fixtures.campaign("every-second", "acme", Fixtures.schedule("00:00", "23:59", noon),
                    Fixtures.retry());
            RecordingLauncher launcher = new RecordingLauncher(1);
            TickSettings settings = new TickSettings("node-a", QuietHours.NONE, FrequencyCaps.DEFAULT, Duration.ofMinutes(2));
            CampaignTick tick = new CampaignTick(ds, new InMemoryCandidates(List.of(
                    new Candidate(id("c1"), "acme", "+12125550100", noon, false))), launcher, settings, clock);
            var crashed = new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", "older", "v1", id("c9"), 1);
            tick.ledger().claim(crashed, "node-a", Instant.now(), Duration.ofMinutes(2));
            tick.ledger().markDialing(crashed.id(), "node-a", Instant.now());
            tick.ledger().markOriginating(crashed.id(), Instant.now());

            CampaignScheduler scheduler = new CampaignScheduler(ds, "test-" + UUID.randomUUID(), 2, tick, settings,
                    clock);
            try {
                scheduler.start();
                assertThat(tick.ledger().find(crashed.id()).orElseThrow().state()).isEqualTo(AttemptState.UNKNOWN);
                scheduler.schedule(campaign);
                await().atMost(Duration.ofSeconds(30)).until(() -> launcher.launched.size() == 1);
                assertThat(count(ds, "SELECT COUNT(*) FROM qrtz_job_details")).isEqualTo(1);
                assertThat(count(ds, "SELECT COUNT(*) FROM qrtz_cron_triggers WHERE cron_expression = '0/1 * * * * ?'"))
                        .isEqualTo(1);
                assertThat(tick.states().get(KEY).orElseThrow().lifecycle()).isEqualTo(CampaignLifecycle.RUNNING);

                scheduler.schedule(Fixtures.withVersion(campaign, "v2"));
                assertThat(tick.states().get(KEY).orElseThrow().version()).isEqualTo("v2");
                assertThat(count(ds, "SELECT COUNT(*) FROM call_attempt WHERE campaign_id = 'every-second'")).isEqualTo(1);

                scheduler.pause(KEY);
                assertThat(tick.states().get(KEY).orElseThrow().lifecycle()).isEqualTo(CampaignLifecycle.PAUSED);
                scheduler.resume(KEY);
                assertThat(scheduler.nextFire(KEY)).isPresent();
            } finally {
                scheduler.stop();
            }
        }
    }

    private static long count(javax.sql.DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
