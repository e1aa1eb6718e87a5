package io.callbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callbot.api.JdbcTenantStore;
import io.callbot.api.JdbcTokenStore;
import io.callbot.api.TokenRole;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.LoadResult;
import io.callbot.config.ServerConfig;
import io.callbot.customer.CustomerStore;
import io.callbot.demo.DemoCampaign;
import io.callbot.demo.DemoCrmReceiver;
import io.callbot.demo.DemoCustomers;
import io.callbot.demo.DemoReport;
import io.callbot.sim.Behaviour;
import io.callbot.sim.Persona;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.PersonaMixes;
import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import io.callbot.webhook.EventContract;
import io.callbot.webhook.SecretResolver;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CRM event contract end to end: real calls through the simulated PBX (AMI and AudioSocket over real sockets,
 * Vosk, dialog, MaryTTS) for every customer behaviour, plus an attempt a crashed run left open, each event received by
 * a CRM stand-in that checks the signature, and every event validated strictly against docs/events/v1.
 */
class CrmContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NODE = "contract-node";

    @TempDir
    Path dir;

    @Test
    void everyEventTheServerSendsForRealCallsValidatesAgainstTheContract() throws Exception {
        LoadResult loaded = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml"));
        String secret = UUID.randomUUID().toString();
        Duration ring = Duration.ofMillis(700);
        // DemoCustomers numbers the audience +12125551000, +12125551001, ... in creation order
        PersonaBook personas = PersonaBook.always(Persona.of(Behaviour.NO_ANSWER, ring, Duration.ZERO))
                .assign("+12125551000", PersonaMixes.talker("interested", "yes", "no thanks"))
                .assign("+12125551001", PersonaMixes.talker("opts out", "Stop calling me."))
                .assign("+12125551002", new Persona("machine", Behaviour.MACHINE, ring, Duration.ofSeconds(20), List.of()))
                .assign("+12125551003", Persona.of(Behaviour.BUSY, ring, Duration.ZERO))
                .assign("+12125551004", Persona.of(Behaviour.DECLINE, ring, Duration.ZERO))
                .assign("+12125551005", Persona.of(Behaviour.TEMPORARILY_UNAVAILABLE, ring, Duration.ZERO))
                .assign("+12125551006", Persona.of(Behaviour.CONGESTION, ring, Duration.ZERO))
                .assign("+12125551007", Persona.of(Behaviour.INCOMPATIBLE, ring, Duration.ZERO))
                .assign("+12125551008", Persona.of(Behaviour.INVALID_NUMBER, ring, Duration.ZERO));
        int audienceSize = 9;
        UUID crashed = leaveAnAttemptOpenAsACrashWould(loaded.campaign());
        try (DemoCrmReceiver crm = new DemoCrmReceiver(secret)) {
            Campaign campaign = DemoCampaign.runNow(loaded.campaign(), crm.url(), audienceSize);
            try (CallbotServer server = CallbotServer.start(config(), new CallbotServer.Options(personas, null,
                    SecretResolver.of(Map.of(DemoCampaign.SECRET_ENV, secret)), List.of(campaign)))) {
                Instant now = Instant.now();
                int audience = DemoCustomers.create(new CustomerStore(server.database().dataSource(), Clock.systemUTC()),
                        campaign.tenant(), audienceSize, audienceSize, DemoCustomers.daytimeZones(now),
                        PersonaBook.always(PersonaMixes.talker("unused")), now);
                assertThat(new DemoReport(server, campaign, crm).waitForCalls(audience, Duration.ofMinutes(4),
                        new PrintStream(OutputStream.nullOutputStream()))).as("all calls finished").isTrue();
                // 9 call events, 2 profile updates, 7 exhausted (one attempt each; a coupon accepted and an opt-out
                // are not), 1 unknown: all delivered
                await().atMost(Duration.ofSeconds(30)).until(() -> crm.bodies().size() == outboxRows(server));
                assertThat(crm.bodies()).hasSize(19);

                EventContract contract = new EventContract();
                List<JsonNode> events = new ArrayList<>();
                for (String body : crm.bodies()) {
                    assertThat(contract.problems(body)).as(body).isEmpty();
                    events.add(JSON.readTree(body));
                }
                assertThat(crm.rejected()).isZero();
                assertThat(types(events, null)).containsExactlyInAnyOrder("call.completed", "call.voicemail",
                        "call.unreachable", "call.unknown", "customer.exhausted", "customer.updated");
                assertThat(types(events, "call.unreachable")).containsExactlyInAnyOrder("BUSY", "REJECTED", "NO_ANSWER",
                        "CONGESTION", "FAILED", "INVALID_NUMBER");
                JsonNode unknown = only(events, "call.unknown");
                assertThat(unknown.get("attempt_id").asText()).isEqualTo(crashed.toString());
                JsonNode voicemail = only(events, "call.voicemail");
                assertThat(voicemail.get("result").asText()).isEqualTo("VOICEMAIL");
                assertThat(apiResult(server, campaign.tenant(), voicemail.get("attempt_id").asText()))
                        .as("the API's result for the same call").isEqualTo("VOICEMAIL");
                assertThat(events).filteredOn(e -> e.get("type").asText().equals("customer.updated"))
                        .anySatisfy(e -> assertThat(e.at("/do_not_call/value").asBoolean()).isTrue());
                assertThat(events).filteredOn(e -> e.get("type").asText().equals("call.completed"))
                        .allSatisfy(e -> assertThat(e.at("/timings/ring_millis").asLong()).isPositive());
            }
        }
    }

    private static long outboxRows(CallbotServer server) throws Exception {
        try (Connection c = server.database().dataSource().getConnection();
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM webhook_outbox")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private ServerConfig config() {
        return ServerConfig.fromEnvironment(Map.of("CALLBOT_DATA_DIR", dir.toString(), "CALLBOT_AMI_SIMULATED", "true",
                "CALLBOT_MEDIA_PORT", "0", "CALLBOT_MEDIA_BIND", "127.0.0.1", "CALLBOT_API_PORT", "0",
                "CALLBOT_NODE_ID", NODE));
    }

    /** A DIALING row of this node with its Originate written, as a SIGKILL mid-call leaves it. */
    private UUID leaveAnAttemptOpenAsACrashWould(Campaign campaign) throws Exception {
        UUID id = UUID.randomUUID();
        try (Database db = Database.open(DatabaseSettings.embedded(dir.resolve("callbot").toAbsolutePath().toString()));
                Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO call_attempt (id, tenant, campaign_id,"
                        + " campaign_version, customer_id, attempt_no, state, node_id, lease_owner, created_at, dialed_at)"
                        + " VALUES (?, ?, ?, ?, 424242, 1, 'DIALING', ?, ?, ?, ?)")) {
            Instant t = Instant.now().minusSeconds(60);
            ps.setObject(1, id);
            ps.setString(2, campaign.tenant());
            ps.setString(3, campaign.id());
            ps.setString(4, campaign.version());
            ps.setString(5, NODE);
            ps.setString(6, NODE);
            ps.setObject(7, t.atOffset(java.time.ZoneOffset.UTC));
            ps.setObject(8, t.plusSeconds(1).atOffset(java.time.ZoneOffset.UTC));
            ps.executeUpdate();
        }
        return id;
    }

    /** The event types (field "type"), or for one type the "result" values. */
    private static Set<String> types(List<JsonNode> events, String type) {
        Set<String> out = new TreeSet<>();
        for (JsonNode e : events) {
            if (type == null) {
                out.add(e.get("type").asText());
            } else if (e.get("type").asText().equals(type)) {
                out.add(e.get("result").asText());
            }
        }
        return out;
    }

    private static JsonNode only(List<JsonNode> events, String type) {
        List<JsonNode> of = events.stream().filter(e -> e.get("type").asText().equals(type)).toList();
        assertThat(of).as(type).hasSize(1);
        return of.get(0);
    }

    private static String apiResult(CallbotServer server, String tenant, String attemptId) throws Exception {
        var ds = server.database().dataSource();
        if (new JdbcTenantStore(ds).find(tenant).isEmpty()) {
            new JdbcTenantStore(ds).create(tenant, "platform");
        }
        String token = new JdbcTokenStore(ds, Clock.systemUTC()).create(tenant, TokenRole.READ).token();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.apiPort() + "/api/v1/calls/" + attemptId))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).at("/call/result").asText();
    }
}
