package io.callbot.app;

import static io.callbot.testing.NamedCustomers.id;
import static io.callbot.app.SqlCount.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callbot.api.CampaignDetail;
import io.callbot.api.CampaignsApi;
import io.callbot.api.Tenant;
import io.callbot.api.TenantKind;
import io.callbot.api.TenantScope;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignDirectory;
import io.callbot.campaign.CampaignKey;
import io.callbot.campaign.CampaignListener;
import io.callbot.schedule.AttemptResult;
import io.callbot.schedule.CallLauncher;
import io.callbot.schedule.CampaignLifecycle;
import io.callbot.schedule.CampaignScheduler;
import io.callbot.schedule.CampaignTick;
import io.callbot.schedule.Candidate;
import io.callbot.schedule.ClaimedAttempt;
import io.callbot.schedule.LedgerResults;
import io.callbot.schedule.FrequencyCaps;
import io.callbot.schedule.QuietHours;
import io.callbot.dial.ResultKind;
import io.callbot.schedule.TickSettings;
import io.callbot.testing.InMemoryCandidates;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Campaign file changes through the real scheduler (Quartz on its JDBC store) and ledger: what new calls use,
 * what calls in progress keep, what the trigger and the API show. Scans are driven by the test, one at a time.
 */
class CampaignReloadsTest {
    private static final CampaignKey KEY = new CampaignKey("acme", "test-campaign");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Clock CLOCK = Clock.systemUTC();
    /** A zone where it is about noon now, so an all-day window is open whatever the time of the run. */
    private static final ZoneId NOON = ZoneId.of(etcZone(12 - CLOCK.instant().atZone(ZoneOffset.UTC).getHour()));

    @TempDir
    Path dir;

    private final InMemoryCandidates audience = new InMemoryCandidates(List.of());
    private final Launcher launcher = new Launcher();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void fileChangesReachTheSchedulerAndCallsInProgressKeepTheirVersion(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            Path file = write("every-second.yaml", campaignYaml());
            CampaignDirectory directory = new CampaignDirectory(dir, Duration.ZERO, CLOCK);
            directory.scan(CampaignListener.NONE);
            // customers are added while the campaign runs: its audience is read again every second
            TickSettings settings = new TickSettings("node-w", QuietHours.NONE, FrequencyCaps.DEFAULT, Duration.ofMinutes(2))
                    .withAudienceRefresh(Duration.ofSeconds(1));
            CampaignTick tick = new CampaignTick(ds, audience, launcher, settings, CLOCK);
            CampaignScheduler scheduler = new CampaignScheduler(ds, "reload-" + UUID.randomUUID(), 2, tick, settings,
                    CLOCK);
            CampaignsApi api = new CampaignsApi(directory.catalog(), scheduler, ds);
            List<CampaignKey> forgotten = new CopyOnWriteArrayList<>();
            List<String> warmed = new CopyOnWriteArrayList<>();
            CampaignReloads reloads = new CampaignReloads(scheduler, forgotten::add, c -> warmed.add(c.version()));
            try {
                scheduler.start();
                Campaign v1 = directory.catalog().get(KEY).orElseThrow();
                scheduler.schedule(v1);
                Instant triggerStart = triggerStart(ds);

                audience.add(candidate("c1"));
                await().atMost(PATIENCE).until(() -> launcher.launched.size() == 1);
                ClaimedAttempt before = launcher.launched.get(0);

                // a valid edit of the dialog only: the new version is in force, the trigger stays as it was
                write("every-second.yaml", campaignYaml().replace("say: \"Thanks.\"", "say: \"Thank you!\""));
                directory.scan(reloads);
                Campaign v2 = directory.catalog().get(KEY).orElseThrow();
                assertThat(v2.version()).isNotEqualTo(v1.version());
                assertThat(scheduler.versionInForce(KEY)).contains(v2.version());
                assertThat(triggerStart(ds)).isEqualTo(triggerStart);
                assertThat(forgotten).containsExactly(KEY);
                assertThat(warmed).as("the new version's static prompts are rendered ahead").containsExactly(v2.version());

                audience.add(candidate("c2"));
                await().atMost(PATIENCE).until(() -> launcher.launched.size() == 2);
                ClaimedAttempt after = launcher.launched.get(1);
                assertThat(tick.states().get(KEY).orElseThrow().version()).isEqualTo(v2.version());
                assertThat(after.campaign().version()).isEqualTo(v2.version());
                assertThat(sayOfDone(after.campaign())).isEqualTo("Thank you!");
                // the call placed before the edit still runs the dialog of the version it was claimed with
                assertThat(before.campaign()).isSameAs(v1);
                assertThat(sayOfDone(before.campaign())).isEqualTo("Thanks.");
                assertThat(versionOf(ds, before.id())).isEqualTo(v1.version());
                assertThat(versionOf(ds, after.id())).isEqualTo(v2.version());
                LedgerResults.settle(ds, settings, before, new AttemptResult(ResultKind.ANSWERED, 16, "confirmed",
                        true, false, null, "ask>done"), CLOCK.instant()); // as the launcher settles a call
                await().atMost(PATIENCE).until(() -> "FINISHED".equals(stateOf(ds, before.id())));

                // a new cron: the trigger is rebuilt
                write("every-second.yaml", campaignYaml().replace("0/1 * * * * ?", "0/2 * * * * ?"));
                directory.scan(reloads);
                assertThat(cronOfTrigger(ds)).isEqualTo("0/2 * * * * ?");
                String v3 = directory.catalog().get(KEY).orElseThrow().version();

                // an invalid edit: the running version stays and the API shows why the edit was not taken
                write("every-second.yaml", campaignYaml().replace("max_concurrent: 5", "max_concurrent: 0"));
                directory.scan(reloads);
                assertThat(scheduler.versionInForce(KEY)).contains(v3);
                assertThat(cronOfTrigger(ds)).isEqualTo("0/2 * * * * ?");
                assertThat(warmed).as("an invalid edit warms nothing").containsExactly(v2.version(), v3);
                CampaignDetail detail = api.get(scope(), "test-campaign").orElseThrow();
                assertThat(detail.campaign().version()).isEqualTo(v3);
                assertThat(detail.validationErrors())
                        .containsExactly(file + ":25:19: dial.max_concurrent: must be > 0, was 0");

                // the file is deleted: no job, no trigger, not listed; the lifecycle is kept for when it comes back
                Files.delete(file);
                directory.scan(reloads);
                assertThat(scheduler.nextFire(KEY)).isEmpty();
                assertThat(scheduler.versionInForce(KEY)).isEmpty();
                assertThat(count(ds, "SELECT COUNT(*) FROM qrtz_job_details")).isZero();
                assertThat(api.list(scope())).isEmpty();
                assertThat(tick.states().get(KEY).orElseThrow().lifecycle())
                        .isEqualTo(CampaignLifecycle.RUNNING);
                int launchedBeforeDelete = launcher.launched.size();

                // a new file: a new campaign, scheduled
                write("other.yaml", campaignYaml().replace("id: test-campaign", "id: other"));
                directory.scan(reloads);
                assertThat(scheduler.nextFire(new CampaignKey("acme", "other"))).isPresent();
                assertThat(api.list(scope())).extracting(s -> s.id()).containsExactly("other");
                audience.add(candidate("c3"));
                await().atMost(PATIENCE).until(() -> launcher.launched.stream()
                        .anyMatch(a -> a.campaign().id().equals("other")));
                assertThat(launcher.launched.stream().skip(launchedBeforeDelete))
                        .allSatisfy(a -> assertThat(a.campaign().id()).isEqualTo("other"));
            } finally {
                scheduler.stop();
            }
        }
    }

    /** The fixture campaign, firing every second, with an all-day window in a zone where it is daytime. */
    static String campaignYaml() throws Exception {
        String base;
        try (InputStream in = CampaignReloadsTest.class.getResourceAsStream("/campaign/base.yaml")) {
            base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return base.replace("start: 2026-12-01", "start: 2020-01-01").replace("end: 2026-12-31", "end: 2099-12-31")
                .replace("0 0/5 9-18 ? * MON-FRI", "0/1 * * * * ?")
                .replace("timezone: Europe/London", "timezone: " + NOON.getId())
                .replace("from: \"09:00\"", "from: \"00:00\"").replace("to: \"18:00\"", "to: \"23:59\"")
                .replace("weekdays: [mon-fri]", "weekdays: [mon-sun]");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Candidate candidate(String name) {
        return new Candidate(id(name), "acme", "+441632960" + (100 + name.hashCode() % 800), NOON, false);
    }

    private static String sayOfDone(Campaign c) {
        return c.dialog().states().get("done").message().say().source();
    }

    private static TenantScope scope() {
        Tenant acme = new Tenant("acme", null, TenantKind.MERCHANT);
        return TenantScope.of(acme, List.of(acme));
    }

    private static String etcZone(int offsetHours) {
        return offsetHours == 0 ? "Etc/GMT" : "Etc/GMT" + (offsetHours > 0 ? "-" : "+") + Math.abs(offsetHours);
    }

    private static Instant triggerStart(DataSource ds) throws Exception {
        return Instant.ofEpochMilli(count(ds, "SELECT start_time FROM qrtz_triggers WHERE trigger_name = 'test-campaign'"));
    }

    private static String cronOfTrigger(DataSource ds) throws Exception {
        return string(ds, "SELECT cron_expression FROM qrtz_cron_triggers WHERE trigger_name = ?", "test-campaign");
    }

    private static String versionOf(DataSource ds, UUID attempt) throws Exception {
        return string(ds, "SELECT campaign_version FROM call_attempt WHERE id = CAST(? AS UUID)", attempt.toString());
    }

    private static String stateOf(DataSource ds, UUID attempt) throws Exception {
        return string(ds, "SELECT state FROM call_attempt WHERE id = CAST(? AS UUID)", attempt.toString());
    }

    private static String string(DataSource ds, String sql, String arg) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Records the attempts it gets; the test ends each call. Thread-safe. */
    private static final class Launcher implements CallLauncher {
        final List<ClaimedAttempt> launched = new CopyOnWriteArrayList<>();

        @Override
        public int capacity(Campaign campaign) {
            return 5;
        }

        @Override
        public CompletableFuture<Void> launch(ClaimedAttempt attempt) {
            launched.add(attempt);
            return new CompletableFuture<>(); // the test settles the attempt in the ledger
        }
    }
}
