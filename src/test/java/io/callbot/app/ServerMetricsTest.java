package io.callbot.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.callbot.webhook.SecretResolver;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three calls through the whole server (simulated PBX, AudioSocket, Vosk, dialog, MaryTTS, outcome writer,
 * scheduler), then {@code /metrics}: every meter family is fed by the real events, with values that agree with
 * the calls made.
 */
class ServerMetricsTest {
    private static final String CAMPAIGN = "winback-coupon";

    @TempDir
    Path dir;

    @Test
    void metricsFollowTheCallsTheServerPlaced() throws Exception {
        LoadResult loaded = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml"));
        assertThat(loaded.errors()).isEmpty();
        String secret = UUID.randomUUID().toString();
        Instant now = Instant.now();
        // DemoCustomers numbers the audience +12125551000, +12125551001, ... in creation order
        PersonaBook personas = PersonaBook.always(Persona.of(Behaviour.NO_ANSWER, Duration.ofSeconds(1), Duration.ZERO))
                .assign("+12125551000", PersonaMixes.talker("interested", "yes", "no thanks"))
                .assign("+12125551001", PersonaMixes.talker("not interested", "no thanks", "no"))
                .assign("+12125551002", Persona.of(Behaviour.BUSY, Duration.ofSeconds(1), Duration.ZERO));
        try (DemoCrmReceiver crm = new DemoCrmReceiver(secret)) {
            Campaign campaign = DemoCampaign.runNow(loaded.campaign(), crm.url(), 3);
            ServerConfig config = ServerConfig.fromEnvironment(Map.of("CALLBOT_DATA_DIR", dir.toString(),
                    "CALLBOT_AMI_SIMULATED", "true", "CALLBOT_MEDIA_PORT", "0", "CALLBOT_MEDIA_BIND", "127.0.0.1",
                    "CALLBOT_API_PORT", "0", "CALLBOT_NODE_ID", "metrics-" + secret.substring(0, 8)));
            try (CallbotServer server = CallbotServer.start(config, new CallbotServer.Options(personas, null,
                    SecretResolver.of(Map.of(DemoCampaign.SECRET_ENV, secret)), List.of(campaign)))) {
                int audience = DemoCustomers.create(new CustomerStore(server.database().dataSource(), Clock.systemUTC()),
                        campaign.tenant(), 5, 3, DemoCustomers.daytimeZones(now),
                        PersonaBook.always(PersonaMixes.talker("unused")), now);
                assertThat(audience).isEqualTo(3);
                PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
                assertThat(new DemoReport(server, campaign, crm).waitForCalls(audience, Duration.ofMinutes(4), quiet))
                        .as("all calls finished").isTrue();

                Map<String, Double> m = scrape(server.apiPort());
                m.forEach((series, value) -> {
                    if (series.startsWith("callbot_") && !series.contains("_bucket")) {
                        System.out.println(series + " " + value);
                    }
                });
                String c = "campaign=\"" + CAMPAIGN + "\"";
                String t = "tenant=\"" + campaign.tenant() + "\"";
                assertThat(m.get("callbot_originates_total{" + c + "," + t + "}")).as("originates = calls placed").isEqualTo(3.0);
                assertThat(sum(m, "callbot_call_results_total", s -> s.contains(c))).isEqualTo(3.0);
                assertThat(m.get("callbot_call_results_total{" + c + ",cause=\"17\",result=\"BUSY\"," + t + "}")).isEqualTo(1.0);
                assertThat(m.get("callbot_call_results_total{" + c + ",cause=\"none\",result=\"ANSWERED\"," + t + "}")).isEqualTo(2.0);
                assertThat(m.get("callbot_amd_verdicts_total{" + c + "," + t + ",verdict=\"HUMAN\"}")).isEqualTo(2.0);
                assertThat(sum(m, "callbot_call_outcomes_total", s -> s.contains(c))).as("one outcome per answered call")
                        .isEqualTo(2.0);
                assertThat(m.get("callbot_response_gap_seconds_count")).isPositive();
                assertThat(m.get("callbot_response_gap_seconds_sum")).isPositive();
                assertThat(m.get("callbot_asr_real_time_factor_count")).isPositive();
                assertThat(m.get("callbot_asr_real_time_factor_sum")).isPositive();
                assertThat(m.get("callbot_asr_recognizers_total{reused=\"false\"}")).as("the first call makes its own")
                        .isPositive();
                assertThat(m).containsKey("callbot_asr_recognizers_total{reused=\"true\"}");
                assertThat(m.get("callbot_tts_synthesis_seconds_count")).as("a fresh cache synthesizes").isPositive();
                assertThat(m.get("callbot_tts_cache_total{hit=\"false\"}")).as("every miss is one synthesis")
                        .isEqualTo(m.get("callbot_tts_synthesis_seconds_count"));
                assertThat(m).containsKey("callbot_tts_cache_total{hit=\"true\"}");
                assertThat(sum(m, "callbot_customers_skipped_total", s -> s.contains(c)))
                        .as("later ticks skip the customers in progress or done").isPositive();
                assertThat(m.get("callbot_ami_link_up")).isEqualTo(1.0);
                assertThat(m.get("callbot_calls_live")).isEqualTo(0.0);
                assertThat(m).containsKeys("callbot_webhook_backlog", "callbot_webhook_oldest_age_seconds");
            }
        }
    }

    /** The Prometheus text as series (name with labels) to value. */
    private static Map<String, Double> scrape(int port) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : r.body().split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int space = line.lastIndexOf(' ');
                series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return series;
    }

    private static double sum(Map<String, Double> m, String name, Predicate<String> labels) {
        return m.entrySet().stream().filter(e -> e.getKey().startsWith(name + "{") && labels.test(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
