package io.callbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.api.metrics.CallbotMetrics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Health, readiness, Prometheus metrics, and the recording download. */
class SystemEndpointsTest {

    @Test
    void readinessReportsEachCheckAndIs503WhenOneIsDown() throws Exception {
        AtomicBoolean ami = new AtomicBoolean(false);
        ReadinessCheck db = check("database", () -> ReadinessCheck.Status.up("ok"));
        ReadinessCheck link = check("ami", () -> ami.get() ? ReadinessCheck.Status.up("CONNECTED")
                : ReadinessCheck.Status.down("DISCONNECTED"));
        try (ApiHarness api = new ApiHarness(List.of(db, link))) {
            assertThat(api.send("GET", "/health", null, null, null).status()).isEqualTo(200);
            ApiHarness.Reply down = api.send("GET", "/ready", null, null, null);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().path("checks").path("ami").path("detail").asText()).isEqualTo("DISCONNECTED");
            ami.set(true);
            assertThat(api.send("GET", "/ready", null, null, null).status()).isEqualTo(200);
        }
    }

    @Test
    void theEventContractIsServedWithoutATokenExactlyAsPublishedUnderDocs() throws Exception {
        try (ApiHarness api = new ApiHarness()) {
            ApiHarness.Reply index = api.send("GET", "/api/v1/events/schemas", null, null, null);
            assertThat(index.status()).isEqualTo(200);
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(index.body());
            assertThat(json.get("event_version").asInt()).isEqualTo(1);
            assertThat(json.get("types")).hasSize(io.callbot.webhook.EventType.values().length);
            for (var t : json.get("types")) {
                ApiHarness.Reply schema = api.send("GET", t.get("schema").asText(), null, null, null);
                assertThat(schema.status()).isEqualTo(200);
                String file = t.get("schema").asText().substring(t.get("schema").asText().lastIndexOf('/') + 1);
                assertThat(schema.body()).isEqualTo(java.nio.file.Files.readString(
                        java.nio.file.Path.of("docs/events/v1", file)));
            }
            assertThat(api.send("GET", json.get("common").asText(), null, null, null).status()).isEqualTo(200);
            assertThat(api.send("GET", "/api/v1/events/schemas/..%2Fopenapi.yaml", null, null, null).status())
                    .isEqualTo(404);
        }
    }

    @Test
    void metricsEndpointServesTheCallbotMeters() throws Exception {
        try (ApiHarness api = new ApiHarness()) {
            CallbotMetrics m = new CallbotMetrics(api.fixture.registry);
            m.liveCalls(() -> 7);
            m.webhookBacklog(() -> 3, () -> 42.0);
            m.originated("acme", "renewals");
            m.originated("globex", "renewals"); // another tenant's campaign of the same id is counted apart
            m.callResult("acme", "renewals", "BUSY", 17);
            m.amdVerdict("acme", "renewals", "MACHINE");
            m.outcome("acme", "renewals", "interested");
            m.customersSkipped("acme", "renewals", "do_not_call", 3);
            m.customersSkipped("acme", "renewals", "do_not_call", 2);
            m.callResult("acme", "renewals", "ANSWERED", null);
            m.responseGap(Duration.ofMillis(450));
            m.asrDecoded(Duration.ofMillis(40), Duration.ofSeconds(1));
            m.ttsSynthesized(Duration.ofMillis(300));
            m.ttsCache(() -> 5, () -> 2);
            m.amiLink(true);
            ApiHarness.Reply r = api.send("GET", "/metrics", null, null, null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("text/plain");
            assertThat(r.body()).contains("callbot_calls_live 7.0", "callbot_webhook_backlog 3.0",
                    "callbot_webhook_oldest_age_seconds 42.0", "callbot_originates_total{campaign=\"renewals\",tenant=\"acme\"} 1.0",
                    "callbot_originates_total{campaign=\"renewals\",tenant=\"globex\"} 1.0",
                    "callbot_call_results_total{campaign=\"renewals\",cause=\"17\",result=\"BUSY\",tenant=\"acme\"} 1.0",
                    "callbot_amd_verdicts_total", "callbot_call_outcomes_total",
                    "callbot_call_results_total{campaign=\"renewals\",cause=\"none\",result=\"ANSWERED\",tenant=\"acme\"} 1.0",
                    "callbot_customers_skipped_total{campaign=\"renewals\",reason=\"do_not_call\",tenant=\"acme\"} 5.0",
                    "callbot_response_gap_seconds_bucket", "callbot_asr_real_time_factor",
                    "callbot_tts_synthesis_seconds", "callbot_tts_cache_total{hit=\"true\"} 5.0",
                    "callbot_tts_cache_total{hit=\"false\"} 2.0",
                    "callbot_ami_link_up 1.0");
        }
    }

    @Test
    void metersReadAtScrapeTimeOutliveTheirSuppliersBeingDroppedByTheCaller() throws Exception {
        try (ApiHarness api = new ApiHarness()) {
            CallbotMetrics m = new CallbotMetrics(api.fixture.registry);
            registerCapturingSuppliers(m, new java.util.concurrent.atomic.AtomicInteger(4));
            // Micrometer keeps gauge sources weakly; the server's are capturing lambdas nobody else holds
            java.lang.ref.WeakReference<Object> sentinel = new java.lang.ref.WeakReference<>(new Object());
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                System.gc();
                return sentinel.get() == null;
            });
            String body = api.send("GET", "/metrics", null, null, null).body();
            assertThat(body).contains("callbot_calls_live 4.0", "callbot_webhook_backlog 4.0",
                    "callbot_webhook_oldest_age_seconds 4.0", "callbot_tts_cache_total{hit=\"true\"} 4.0",
                    "callbot_tts_cache_total{hit=\"false\"} 4.0");
        }
    }

    private static void registerCapturingSuppliers(CallbotMetrics m, java.util.concurrent.atomic.AtomicInteger n) {
        m.liveCalls(n::get);
        m.webhookBacklog(n::get, n::get);
        m.ttsCache(n::get, n::get);
    }

    @Test
    void recordingIsServedAsWav() throws Exception {
        try (ApiHarness api = new ApiHarness()) {
            String id = api.fixture.callIds.get("acme").toString();
            ApiHarness.Reply r = api.get("/api/v1/calls/" + id + "/recording", Fixture.ACME);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).isEqualTo("audio/wav");
            assertThat(r.body()).startsWith("RIFF").endsWith("ddd").hasSize(Fixture.RECORDING_BYTES);
            ApiHarness.Reply detail = api.get("/api/v1/calls/" + id, Fixture.ACME);
            assertThat(detail.json().path("transcript").get(1).path("text").asText())
                    .isEqualTo("yes I am interested");
        }
    }

    private static ReadinessCheck check(String name, java.util.function.Supplier<ReadinessCheck.Status> s) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Status check() {
                return s.get();
            }
        };
    }
}
