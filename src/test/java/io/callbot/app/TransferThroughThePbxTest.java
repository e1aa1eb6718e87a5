package io.callbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.DialSettings;
import io.callbot.campaign.LoadResult;
import io.callbot.config.ServerConfig;
import io.callbot.customer.CustomerStore;
import io.callbot.demo.DemoCampaign;
import io.callbot.demo.DemoCrmReceiver;
import io.callbot.demo.DemoCustomers;
import io.callbot.pbx.AsteriskConfig;
import io.callbot.pbx.Dialplan;
import io.callbot.sim.Behaviour;
import io.callbot.sim.Persona;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.PersonaMixes;
import io.callbot.sim.SimOptions;
import io.callbot.webhook.SecretResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caller who asks for a person, through the whole server and the simulated PBX running the shipped dialplan and
 * queue: the robot redirects the caller to [callbot-transfer] and records "transferred" only when the PBX reports an
 * agent answered; when the PBX lacks the target (its dialplan differs from what validate checked), the call is
 * "transfer_failed" with the cause, the campaign's retry rule calls back, and the CRM gets call.transfer_failed.
 */
class TransferThroughThePbxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE = "+12125551000";

    @TempDir
    Path dir;

    private record Call(String result, String outcome, boolean isFinal, Instant nextRetryAt, String statePath,
                        JsonNode callEvent, String redirectedTo) {
    }

    @Test
    void aCallerWhoAsksForAPersonReachesTheAgentsQueue() throws Exception {
        Call call = callerAsksForAPerson(null);

        assertThat(call.redirectedTo()).isEqualTo("callbot-transfer,agents");
        assertThat(call.statePath()).endsWith("transfer_to_agent");
        assertThat(call.result()).isEqualTo("ANSWERED");
        assertThat(call.outcome()).isEqualTo("transferred");
        assertThat(call.callEvent().get("type").asText()).isEqualTo("call.completed");
        assertThat(call.callEvent().at("/transfer/target").asText()).isEqualTo("agents");
        assertThat(call.callEvent().at("/transfer/reached").asBoolean()).isTrue();
        assertThat(call.callEvent().at("/tags_added/0").asText()).isEqualTo("campaign:winback-coupon:transferred");
    }

    @Test
    void whenThePbxLacksTheTargetTheCallIsATransferFailureWithItsCauseAndACallBack() throws Exception {
        String shipped = Files.readString(Path.of("dialplans/extensions_callbot.conf"));
        int from = shipped.indexOf("exten => agents,1");
        int to = shipped.indexOf("exten => _XXXX,1");
        Dialplan withoutAgents = Dialplan.of(AsteriskConfig.parse(new AsteriskConfig.Source("pbx-copy.conf",
                shipped.substring(0, from) + shipped.substring(to)), AsteriskConfig.IncludeSource.NONE));
        assertThat(withoutAgents.problems()).isEmpty();

        Call call = callerAsksForAPerson(sim -> sim.withPbx(sim.pbx().withDialplan(withoutAgents)));

        assertThat(call.redirectedTo()).isEqualTo("callbot-transfer,agents");
        assertThat(call.result()).isEqualTo("TRANSFER_FAILED");
        assertThat(call.outcome()).isEqualTo("transfer_failed");
        assertThat(call.isFinal()).isFalse();
        assertThat(call.nextRetryAt()).as("dial.retry.transfer_failed calls back").isNotNull()
                .isAfter(Instant.now().plus(Duration.ofHours(19)));
        JsonNode event = call.callEvent();
        assertThat(event.get("type").asText()).isEqualTo("call.transfer_failed");
        assertThat(event.get("outcome").asText()).isEqualTo("transfer_failed");
        assertThat(event.at("/transfer/reached").asBoolean()).isFalse();
        assertThat(event.at("/transfer/cause").asText())
                .startsWith("extension agents of context callbot-transfer does not exist in the PBX's dialplan");
        assertThat(event.at("/tags_added/0").asText()).as("the campaign's transfer_failed outcome, not transferred's")
                .isEqualTo("campaign:winback-coupon:transfer_failed");
    }

    private Call callerAsksForAPerson(UnaryOperator<SimOptions> simulation) throws Exception {
        LoadResult loaded = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml"));
        assertThat(loaded.errors()).isEmpty();
        String secret = UUID.randomUUID().toString();
        PersonaBook personas = PersonaBook.always(Persona.of(Behaviour.NO_ANSWER, Duration.ofSeconds(1), Duration.ZERO))
                .assign(PHONE, PersonaMixes.talker("wants a person", "agent"));
        try (DemoCrmReceiver crm = new DemoCrmReceiver(secret)) {
            Campaign campaign = withRetryOf(loaded.campaign(), DemoCampaign.runNow(loaded.campaign(), crm.url(), 1));
            ServerConfig config = ServerConfig.fromEnvironment(Map.of("CALLBOT_DATA_DIR", dir.toString(),
                    "CALLBOT_AMI_SIMULATED", "true", "CALLBOT_MEDIA_PORT", "0", "CALLBOT_MEDIA_BIND", "127.0.0.1",
                    "CALLBOT_API_PORT", "0", "CALLBOT_NODE_ID", "transfer-" + secret.substring(0, 8)));
            try (CallbotServer server = CallbotServer.start(config, new CallbotServer.Options(personas, null,
                    SecretResolver.of(Map.of(DemoCampaign.SECRET_ENV, secret)), List.of(campaign), simulation))) {
                Instant now = Instant.now();
                DemoCustomers.create(new CustomerStore(server.database().dataSource(), Clock.systemUTC()),
                        campaign.tenant(), 5, 1, DemoCustomers.daytimeZones(now),
                        PersonaBook.always(PersonaMixes.talker("unused")), now);
                await().atMost(Duration.ofMinutes(3)).until(() -> finished(server, campaign.id()));
                await().atMost(Duration.ofSeconds(30)).until(() -> callEvent(crm) != null);
                try (Connection c = server.database().dataSource().getConnection(); var ps = c.prepareStatement(
                        "SELECT id, result, outcome, is_final, next_retry_at, state_path FROM call_attempt"
                                + " WHERE campaign_id = ? AND attempt_no = 1")) {
                    ps.setString(1, campaign.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        var retry = rs.getTimestamp(5);
                        return new Call(rs.getString(2), rs.getString(3), rs.getBoolean(4),
                                retry == null ? null : retry.toInstant(), rs.getString(6), callEvent(crm),
                                server.simulatedPbx().redirectedTo(rs.getString(1)));
                    }
                }
            }
        }
    }

    /** The campaign as the demo runs it, with the example's own retry rules (transfer_failed among them). */
    private static Campaign withRetryOf(Campaign original, Campaign c) {
        DialSettings d = c.dial();
        return new Campaign(c.id(), c.name(), c.kind(), c.tenant(), c.version(), c.source(), c.priority(), c.audience(),
                c.schedule(), new DialSettings(d.trunk(), d.callerId(), d.maxConcurrent(), d.callsPerSecond(),
                        d.ringTimeout(), d.answeringMachine(), original.dial().retry()),
                c.voice(), c.dialog(), c.outcomes(), c.webhook(), c.data());
    }

    private static boolean finished(CallbotServer server, String campaignId) throws Exception {
        try (Connection c = server.database().dataSource().getConnection(); var ps = c.prepareStatement(
                "SELECT state FROM call_attempt WHERE campaign_id = ? AND attempt_no = 1")) {
            ps.setString(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1).equals("FINISHED");
            }
        }
    }

    private static JsonNode callEvent(DemoCrmReceiver crm) throws Exception {
        for (String body : crm.bodies()) {
            JsonNode json = JSON.readTree(body);
            if (json.get("type").asText().startsWith("call.")) {
                return json;
            }
        }
        return null;
    }
}
