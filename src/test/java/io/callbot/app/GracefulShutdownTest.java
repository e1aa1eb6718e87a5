package io.callbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callbot.customer.CustomerStore;
import io.callbot.demo.DemoCustomers;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.PersonaMixes;
import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code callbot serve} as a child process with the simulated PBX: SIGTERM while calls are live lets them
 * finish, writes their outcomes, and the process exits cleanly; no attempt is left open.
 */
class GracefulShutdownTest {
    @TempDir
    Path dir;

    @Test
    void sigtermDuringLiveCallsLetsThemFinishAndLosesNothing() throws Exception {
        Path campaigns = Files.createDirectories(dir.resolve("campaigns"));
        Path campaignFile = campaigns.resolve("winback-now.yaml");
        Files.writeString(campaignFile, runNow(Files.readString(Path.of("campaigns/winback-coupon.yaml"))));
        assertThat(io.callbot.campaign.CampaignLoader.load(campaignFile).errors()).isEmpty();
        Path data = dir.resolve("data");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dcallbot.model.dir=" + System.getProperty("callbot.model.dir", "target/voice-models"),
                "-Dmary.base=" + System.getProperty("mary.base", "target/marytts"),
                "io.callbot.cli.Main", "serve")
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile());
        pb.environment().put("CALLBOT_DATA_DIR", data.toString());
        pb.environment().put("CALLBOT_CAMPAIGNS_DIR", campaigns.toString());
        pb.environment().put("CALLBOT_AMI_SIMULATED", "true");
        pb.environment().put("CALLBOT_MEDIA_PORT", "0");
        pb.environment().put("CALLBOT_MEDIA_BIND", "127.0.0.1");
        pb.environment().put("CALLBOT_SHUTDOWN_TIMEOUT", "120s");
        Process serve = pb.start();
        try {
            Path dbFile = data.resolve("callbot.mv.db");
            await().atMost(Duration.ofMinutes(3)).until(() -> Files.exists(dbFile) && log().contains("callbot ready"));
            try (Database db = Database.open(DatabaseSettings.embedded(data.resolve("callbot").toAbsolutePath().toString()))) {
                // the child's simulated PBX answers with its default persona mix (talkers, busy, no answer, ...)
                PersonaBook talkers = PersonaBook.always(PersonaMixes.talker("interested", "yes", "no thanks"));
                DemoCustomers.create(new CustomerStore(db.dataSource(), Clock.systemUTC()), "acme-shop", 6, 6,
                        DemoCustomers.daytimeZones(Instant.now()), talkers, Instant.now());
                await().atMost(Duration.ofMinutes(3)).until(() -> count(db, "state = 'IN_CALL' OR state = 'DIALING'") >= 2);
                long live = count(db, "state IN ('IN_CALL','DIALING')");
                serve.destroy(); // SIGTERM
                assertThat(serve.waitFor(3, TimeUnit.MINUTES)).as("serve exits after SIGTERM").isTrue();
                assertThat(serve.exitValue()).as(log()).isZero();
                assertThat(log()).contains("shutting down: no new calls").contains("all calls finished");
                // nothing left open: the live calls finished with outcomes and transcripts
                assertThat(count(db, "state IN ('QUEUED','DIALING','IN_CALL','UNKNOWN')")).isZero();
                assertThat(count(db, "state = 'FINISHED'")).isGreaterThanOrEqualTo(live);
                // every answered call that was live got its outcome and its transcript written
                long answered = count(db, "result = 'ANSWERED'");
                assertThat(answered).isPositive();
                assertThat(count(db, "result = 'ANSWERED' AND outcome IS NULL")).isZero();
                try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement()
                        .executeQuery("SELECT COUNT(DISTINCT attempt_id) FROM call_transcript")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(answered);
                }
            }
        } catch (AssertionError | RuntimeException e) {
            System.out.println("serve.log:\n" + log());
            throw e;
        } finally {
            serve.destroyForcibly();
        }
    }

    private String log() throws Exception {
        File f = dir.resolve("serve.log").toFile();
        return f.exists() ? Files.readString(f.toPath()) : "";
    }

    private static long count(Database db, String where) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM call_attempt WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The example campaign, released every 5 s from yesterday, at any hour of any day. */
    static String runNow(String yaml) {
        return yaml.replaceAll("(?m)^  start: \\d{4}-\\d{2}-\\d{2}", "  start: " + LocalDate.now(ZoneOffset.UTC).minusDays(1))
                .replaceAll("(?m)^  end: \\S+\\n", "")
                .replaceAll("cron: \"[^\"]*\".*", "cron: \"0/5 * * * * ?\"")
                .replaceAll("from: \"[^\"]*\"", "from: \"00:00\"")
                .replaceAll("to: \"[^\"]*\"", "to: \"23:59\"")
                .replaceAll("weekdays: \\[[^]]*]", "weekdays: [mon-fri, sat, sun]")
                .replaceAll("(?m)^  blackout: .*\\n", "");
    }
}
