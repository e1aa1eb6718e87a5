package io.callbot.app;

import static io.callbot.testing.NamedCustomers.id;
import static io.callbot.app.SqlCount.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.callbot.api.CampaignsApi;
import io.callbot.api.Tenant;
import io.callbot.api.TenantKind;
import io.callbot.api.TenantScope;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignDirectory;
import io.callbot.campaign.CampaignKey;
import io.callbot.campaign.CampaignListener;
import io.callbot.campaign.TransferCheck;
import io.callbot.schedule.CallLauncher;
import io.callbot.schedule.CampaignScheduler;
import io.callbot.schedule.CampaignTick;
import io.callbot.schedule.Candidate;
import io.callbot.schedule.ClaimedAttempt;
import io.callbot.schedule.FrequencyCaps;
import io.callbot.schedule.JdbcCampaignFileRecords;
import io.callbot.schedule.QuietHours;
import io.callbot.schedule.TickSettings;
import io.callbot.testing.InMemoryCandidates;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * What a restart keeps of the campaigns directory, with the records in the real database: a "restart" is a new
 * directory (and scheduler) over the same files and database, as {@code serve} builds them at start.
 */
class CampaignRestartTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final ZoneId NOON = ZoneOffset.ofHours(12 - CLOCK.instant().atZone(ZoneOffset.UTC).getHour());
    private static final CampaignKey KEY = new CampaignKey("acme", "test-campaign");
    private static final String INVALID = "dial.max_concurrent: must be > 0, was 0";

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final List<Logger> loggers = List.of((Logger) LoggerFactory.getLogger(CampaignDirectory.class),
            (Logger) LoggerFactory.getLogger(CampaignScheduler.class));

    @BeforeEach
    void attach() {
        logs.start();
        loggers.forEach(l -> l.addAppender(logs));
    }

    @AfterEach
    void detach() {
        loggers.forEach(l -> l.detachAppender(logs));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void theFileThatOwnsACampaignStaysItsOwnerAfterARestart(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            Path owner = write("t.yaml", CampaignReloadsTest.campaignYaml());
            directory(ds).scan(CampaignListener.NONE);
            // a second file claims the same (tenant, id); it sorts first, so name order alone would give it the id
            Path claimant = write("a-copy.yaml", CampaignReloadsTest.campaignYaml()
                    .replace("name: Test campaign", "name: Copy"));
            CampaignDirectory running = directory(ds);
            running.scan(CampaignListener.NONE);
            assertThat(running.catalog().get(KEY).orElseThrow().source()).isEqualTo(owner.toString());

            for (int restart = 0; restart < 2; restart++) {
                logs.list.clear();
                CampaignDirectory restarted = directory(ds);
                restarted.scan(CampaignListener.NONE);
                Campaign c = restarted.catalog().get(KEY).orElseThrow();
                assertThat(c.source()).isEqualTo(owner.toString());
                assertThat(c.name()).isEqualTo("Test campaign");
                assertThat(errorLines()).singleElement().asString()
                        .contains(claimant + ":1:5: id: campaign id 'test-campaign' of tenant 'acme' is already used by "
                                + owner + "; this file is not loaded");
            }

            // the owner's file goes: the claimant takes the campaign over, and keeps it after a restart even once
            // the old owner's file is back
            Files.delete(owner);
            CampaignDirectory afterDelete = directory(ds);
            afterDelete.scan(CampaignListener.NONE);
            assertThat(afterDelete.catalog().get(KEY).orElseThrow().name()).isEqualTo("Copy");
            write("t.yaml", CampaignReloadsTest.campaignYaml());
            CampaignDirectory restarted = directory(ds);
            restarted.scan(CampaignListener.NONE);
            assertThat(restarted.catalog().get(KEY).orElseThrow().source()).isEqualTo(claimant.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aRejectedEditKeepsTheLastValidVersionRunningAfterARestart(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            Path file = write("t.yaml", CampaignReloadsTest.campaignYaml());
            CampaignDirectory before = directory(ds);
            before.scan(CampaignListener.NONE);
            String valid = before.catalog().get(KEY).orElseThrow().version();
            write("t.yaml", CampaignReloadsTest.campaignYaml().replace("max_concurrent: 5", "max_concurrent: 0"));
            before.scan(CampaignListener.NONE);
            assertThat(before.catalog().get(KEY).orElseThrow().version()).isEqualTo(valid);

            // restart: the invalid file is on disk, the last valid version runs, the errors stay visible
            logs.list.clear();
            CampaignDirectory restarted = directory(ds);
            restarted.scan(CampaignListener.NONE);
            assertThat(restarted.catalog().get(KEY).orElseThrow().version()).isEqualTo(valid);
            assertThat(restarted.catalog().rejectedEdit(KEY)).extracting(Object::toString)
                    .containsExactly(file + ":25:19: " + INVALID);
            Launcher launcher = new Launcher();
            TickSettings settings = new TickSettings("node-r", QuietHours.NONE, FrequencyCaps.DEFAULT,
                    Duration.ofMinutes(2));
            CampaignTick tick = new CampaignTick(ds, new InMemoryCandidates(List.of(new Candidate(id("c1"), "acme",
                    "+441632960101", NOON, false))), launcher, settings, CLOCK);
            CampaignScheduler scheduler = new CampaignScheduler(ds, "restart-" + UUID.randomUUID(), 2, tick, settings,
                    CLOCK);
            try {
                scheduler.start();
                scheduler.schedule(restarted.catalog().get(KEY).orElseThrow());
                CampaignsApi api = new CampaignsApi(restarted.catalog(), scheduler, ds);
                assertThat(api.get(scope(), KEY.id()).orElseThrow().validationErrors())
                        .containsExactly(file + ":25:19: " + INVALID);
                await().atMost(Duration.ofSeconds(60)).until(() -> launcher.launched.size() == 1);
                assertThat(launcher.launched.get(0).campaign().version()).isEqualTo(valid);

                // scans every few seconds say nothing new while the file stays as it is: one line per problem, once
                for (int i = 0; i < 3; i++) {
                    restarted.scan(CampaignListener.NONE);
                }
                assertThat(errorLines()).singleElement().asString().contains("keeps running version "
                        + valid.substring(0, 12)).endsWith(INVALID);
                assertThat(warnLines()).isEmpty();

                // the next change of the file is said once more; a valid one replaces the version
                write("t.yaml", CampaignReloadsTest.campaignYaml().replace("max_concurrent: 5", "max_concurrent: -1"));
                restarted.scan(CampaignListener.NONE);
                restarted.scan(CampaignListener.NONE);
                assertThat(errorLines()).hasSize(2);
                write("t.yaml", CampaignReloadsTest.campaignYaml().replace("max_concurrent: 5", "max_concurrent: 7"));
                restarted.scan(CampaignListener.NONE);
                assertThat(restarted.catalog().rejectedEdit(KEY)).isEmpty();
                assertThat(directory(ds).catalog().campaigns()).isEmpty(); // not scanned yet
            } finally {
                scheduler.stop();
            }
            CampaignDirectory again = directory(ds);
            again.scan(CampaignListener.NONE);
            assertThat(again.catalog().get(KEY).orElseThrow().dial().maxConcurrent()).isEqualTo(7);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aJobLeftForACampaignNoFileDefinesIsRemovedWithOneLogLine(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            write("t.yaml", CampaignReloadsTest.campaignYaml());
            CampaignDirectory before = directory(ds);
            before.scan(CampaignListener.NONE);
            TickSettings settings = new TickSettings("node-j", QuietHours.NONE, FrequencyCaps.DEFAULT,
                    Duration.ofMinutes(2));
            String name = "jobs-" + UUID.randomUUID();
            CampaignScheduler first = new CampaignScheduler(ds, name, 2,
                    new CampaignTick(ds, new InMemoryCandidates(List.of()), new Launcher(), settings, CLOCK), settings, CLOCK);
            first.start();
            first.schedule(before.catalog().get(KEY).orElseThrow());
            first.stop();

            // the file went while the server was down: the job stored in the database fires once, and goes
            Files.delete(dir.resolve("t.yaml"));
            CampaignScheduler second = new CampaignScheduler(ds, name, 2,
                    new CampaignTick(ds, new InMemoryCandidates(List.of()), new Launcher(), settings, CLOCK), settings, CLOCK);
            try {
                second.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> count(ds, "SELECT COUNT(*) FROM qrtz_job_details") == 0);
                // its trigger went with it, so it cannot fire (and log) again
                assertThat(count(ds, "SELECT COUNT(*) FROM qrtz_triggers")).isZero();
                assertThat(warnLines()).singleElement().asString().contains("acme/test-campaign fired but is not loaded");
            } finally {
                second.stop();
            }
        }
    }

    private CampaignDirectory directory(DataSource ds) {
        return new CampaignDirectory(dir, Duration.ZERO, CLOCK, TransferCheck.shipped(), new JdbcCampaignFileRecords(ds));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private List<String> errorLines() {
        return lines(Level.ERROR);
    }

    private List<String> warnLines() {
        return lines(Level.WARN);
    }

    private List<String> lines(Level level) {
        synchronized (logs) {
            return logs.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    private static TenantScope scope() {
        Tenant acme = new Tenant("acme", null, TenantKind.MERCHANT);
        return TenantScope.of(acme, List.of(acme));
    }

    /** Records the attempts it gets and never ends them. Thread-safe. */
    private static final class Launcher implements CallLauncher {
        final List<ClaimedAttempt> launched = new CopyOnWriteArrayList<>();

        @Override
        public int capacity(Campaign campaign) {
            return 5;
        }

        @Override
        public CompletableFuture<Void> launch(ClaimedAttempt attempt) {
            launched.add(attempt);
            return new CompletableFuture<>();
        }
    }
}
