package io.callbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.callbot.api.JdbcTenantStore;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.cli.Main;
import io.callbot.config.ServerConfig;
import io.callbot.demo.DemoCampaign;
import io.callbot.store.DatabaseSettings;
import io.callbot.webhook.SecretResolver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What an operator sees of a server whose Asterisk is unreachable and whose campaign's webhook secret is missing:
 * /ready with the reasons, ERROR lines repeated, the alarm metrics; the campaign file's tenant exists, so the first
 * token command works while the server runs; control actions get the documented status codes and an audit line
 * naming the token; the embedded database listens on loopback only and its files are the owner's only.
 */
class OperatorTruthsTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @TempDir
    Path dir;

    @AfterEach
    void detach() {
        root().detachAppender(logs);
    }

    @Test
    void anOperatorIsToldWhatIsWrongAndEveryControlActionIsAudited() throws Exception {
        logs.start();
        root().addAppender(logs);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Campaign campaign = DemoCampaign.runNow(CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml")).campaign(),
                URI.create("http://127.0.0.1:9/crm"), 1);
        ServerConfig config = ServerConfig.fromEnvironment(Map.of("CALLBOT_DATA_DIR", dir.resolve("data").toString(),
                "CALLBOT_AMI_HOST", "127.0.0.1", "CALLBOT_AMI_PORT", String.valueOf(closedPort),
                "CALLBOT_AMI_SECRET", "s3cret", "CALLBOT_MEDIA_PORT", "0", "CALLBOT_MEDIA_BIND", "127.0.0.1",
                "CALLBOT_API_PORT", "0", "CALLBOT_NODE_ID", "operator-test", "CALLBOT_LOG_ALARM_INTERVAL", "1s"));
        try (CallbotServer server = CallbotServer.start(config, new CallbotServer.Options(null, null,
                SecretResolver.of(Map.of()), List.of(campaign)))) {
            String base = "http://127.0.0.1:" + server.apiPort();

            HttpResponse<String> ready = get(base + "/ready", null);
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("AMI link to 127.0.0.1:" + closedPort + " is")
                    .contains("webhook secret variable " + DemoCampaign.SECRET_ENV + " is not set");
            await().atMost(Duration.ofSeconds(20)).until(() -> errors("Asterisk unreachable") >= 2
                    && errors(DemoCampaign.SECRET_ENV + " is not set") >= 2);
            String metrics = get(base + "/metrics", null).body();
            assertThat(metrics).contains("callbot_webhook_secrets_missing 1.0").containsPattern(
                    "callbot_ami_down_seconds [1-9]");

            assertThat(new JdbcTenantStore(server.database().dataSource()).find(campaign.tenant()))
                    .as("the campaign file's tenant").isPresent();
            String token = createToken(dir.resolve("data/callbot").toAbsolutePath().toString(), campaign.tenant());

            String control = base + "/api/v1/campaigns/" + campaign.id() + "/";
            assertThat(post(control + "cancel", token).statusCode()).isEqualTo(200);
            HttpResponse<String> resume = post(control + "resume", token);
            assertThat(resume.statusCode()).isEqualTo(409);
            assertThat(resume.body()).contains("invalid_state").contains("cancelled");
            assertThat(post(control + "start", token).statusCode()).isEqualTo(409);
            assertThat(audit()).anySatisfy(l -> assertThat(l).startsWith("audit: cancel campaign=" + campaign.id())
                    .contains("token=ops-alice result=done"));
            assertThat(audit()).anySatisfy(l -> assertThat(l).startsWith("audit: resume")
                    .contains("token=ops-alice result=refused"));

            Properties lock = new Properties();
            try (var in = Files.newInputStream(dir.resolve("data/callbot.lock.db"))) {
                lock.load(in);
            }
            String h2 = lock.getProperty("server");
            assertThat(h2).as("AUTO_SERVER address").matches("(localhost|127\\.0\\.0\\.1):\\d+");
            assertNotReachableFromOutside(Integer.parseInt(h2.substring(h2.indexOf(':') + 1)));
            assertThat(mode(dir.resolve("data"))).isEqualTo("rwx------");
            assertThat(mode(dir.resolve("data/callbot.mv.db"))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("data/callbot.lock.db"))).isEqualTo("rw-------");
        }
    }

    /** Connecting to the port on this machine's non-loopback addresses is refused: it listens on loopback only. */
    private static void assertNotReachableFromOutside(int port) throws Exception {
        for (var nif : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (var address : java.util.Collections.list(nif.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                    try (java.net.Socket s = new java.net.Socket()) {
                        s.connect(new java.net.InetSocketAddress(address, port), 1000);
                        throw new AssertionError("H2's TCP server answers on " + address + ":" + port);
                    } catch (java.io.IOException refused) {
                        // expected: nothing listens there
                    }
                }
            }
        }
    }

    /** The README's first token command, run while the server holds the database (H2 AUTO_SERVER). */
    private static String createToken(String h2File, String tenant) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.newCommandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute("tokens",
                "create", "--tenant", tenant, "--name", "ops-alice", "--db-url", DatabaseSettings.h2FileUrl(h2File));
        assertThat(exit).as(err.toString()).isZero();
        return out.toString().lines().filter(l -> l.startsWith("cbt_")).findFirst().orElseThrow();
    }

    private long errors(String text) {
        return logs.list.stream().filter(e -> e.getLevel() == Level.ERROR && e.getFormattedMessage().contains(text))
                .count();
    }

    private List<String> audit() {
        return logs.list.stream().filter(e -> e.getLoggerName().equals("callbot.audit"))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static ch.qos.logback.classic.Logger root() {
        return (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
