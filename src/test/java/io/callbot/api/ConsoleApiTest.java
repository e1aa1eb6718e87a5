package io.callbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The endpoints the console needs, over the fixture's ports: who am I and switching to a sub-merchant, state-aware
 * campaign controls (409 with the allowed commands), funnel definitions, CSV export, and the live-call stream.
 */
class ConsoleApiTest {
    private static ApiHarness api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiHarness();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiHarness.Reply as(String path, Tenant token, String actingAs) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path)).header("Authorization",
                    "Bearer " + api.fixture.token(token));
            if (actingAs != null) {
                b.header(ApiDispatcher.TENANT_HEADER, actingAs);
            }
            HttpResponse<String> r = api.client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiHarness.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aMerchantSwitchesToItsSubMerchantAndNowhereElse() {
        JsonNode me = api.get("/api/v1/me", Fixture.ACME).json();
        assertThat(me.path("tenant").asText()).isEqualTo("acme");
        assertThat(me.path("kind").asText()).isEqualTo("MERCHANT");
        assertThat(ids(me.path("switchable"), "id")).containsExactlyInAnyOrder("acme", "acme-east");

        assertThat(ids(as("/api/v1/campaigns", Fixture.ACME, "acme-east").json().path("campaigns"), "id"))
                .containsExactly("camp-acme-east");
        assertThat(ids(as("/api/v1/campaigns", Fixture.ACME, "acme").json().path("campaigns"), "id"))
                .containsExactly("camp-acme");
        assertThat(as("/api/v1/campaigns/camp-acme", Fixture.ACME, "acme-east").status()).isEqualTo(404);
        ApiHarness.Reply foreign = as("/api/v1/campaigns", Fixture.ACME, "globex");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.errorMessage()).contains("globex");
        assertThat(as("/api/v1/campaigns", Fixture.EAST, "acme").status()).as("a sub-merchant cannot go up")
                .isEqualTo(404);
        assertThat(as("/api/v1/stats", Fixture.PLATFORM, "acme").status()).as("the platform cannot switch in")
                .isEqualTo(403);
        assertThat(api.get("/api/v1/me", Fixture.EAST).json().path("switchable")).hasSize(1);
    }

    @Test
    void controlsFollowTheCampaignsState() {
        JsonNode camp = find(api.get("/api/v1/campaigns", Fixture.GLOBEX).json().path("campaigns"), "camp-globex");
        assertThat(ids(camp.path("actions"), null)).containsExactly("pause", "cancel");
        assertThat(camp.path("versionNo").asInt()).isEqualTo(3);
        assertThat(camp.path("schedule").path("windowFrom").asText()).isEqualTo("09:00");

        ApiHarness.Reply resume = api.json("POST", "/api/v1/campaigns/camp-globex/resume", Fixture.GLOBEX, "{}");
        assertThat(resume.status()).isEqualTo(409);
        assertThat(resume.errorCode()).isEqualTo("invalid_state");
        assertThat(resume.errorMessage()).contains("allowed now: pause, cancel");

        assertThat(api.json("POST", "/api/v1/campaigns/camp-globex/pause", Fixture.GLOBEX, "{}").json()
                .path("actions").toString()).isEqualTo("[\"resume\",\"cancel\"]");
        assertThat(api.json("POST", "/api/v1/campaigns/camp-globex/cancel", Fixture.GLOBEX, "{}").json()
                .path("actions")).isEmpty();
        ApiHarness.Reply again = api.json("POST", "/api/v1/campaigns/camp-globex/resume", Fixture.GLOBEX, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorMessage()).contains("final");
    }

    @Test
    void statsCarryEachStagesDefinition() {
        JsonNode stats = api.get("/api/v1/campaigns/camp-acme/stats", Fixture.ACME).json();
        assertThat(ids(stats.path("stages"), "key")).containsExactly("targeted", "dialed", "answered", "human",
                "completed", "converted", "optedOut");
        stats.path("stages").forEach(s -> assertThat(s.path("definition").asText()).hasSizeGreaterThan(20));
        stats.path("stages").forEach(s -> assertThat(stats.path("funnel").has(s.path("key").asText())).isTrue());
    }

    @Test
    void exportIsCsvOfTheFilteredCalls() throws Exception {
        ApiHarness.Reply all = api.get("/api/v1/calls/export", Fixture.ACME);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(all.body())).getRecords();
        assertThat(rows).extracting(r -> r.get("tenant")).containsExactlyInAnyOrder("acme", "acme-east");
        assertThat(rows).extracting(r -> r.get("customer_name")).contains("Customer 1");
        assertThat(rows.get(0).get("customer_phone_masked")).contains("\u2022").doesNotContain("5550");
        ApiHarness.Reply one = api.get("/api/v1/calls/export?campaign=camp-acme-east", Fixture.ACME);
        assertThat(one.body().lines().count()).isEqualTo(2);
        assertThat(api.get("/api/v1/calls/export?from=yesterday", Fixture.ACME).status()).isEqualTo(400);
    }

    @Test
    void liveCallsStreamAsServerSentEvents() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(api.uri("/api/v1/calls/live/stream"))
                .header("Authorization", "Bearer " + api.fixture.token(Fixture.GLOBEX)).build();
        HttpResponse<java.io.InputStream> r = api.client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).isEqualTo("event: live");
            String data = in.readLine();
            assertThat(data).startsWith("data: ");
            JsonNode calls = Json.mapper().readTree(data.substring(6)).path("calls");
            assertThat(calls).hasSize(1);
            assertThat(calls.get(0).path("tenant").asText()).isEqualTo("globex");
        }
    }

    @Test
    void consoleFilesAreServed() {
        for (String f : SystemRoutes.DASHBOARD_FILES) {
            ApiHarness.Reply r = api.send("GET", "/dashboard/" + f, null, null, null);
            assertThat(r.status()).as(f).isEqualTo(200);
            assertThat(r.body()).as(f).isNotBlank();
        }
    }

    private static JsonNode find(JsonNode array, String id) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.path("id").asText().equals(id))
                .findFirst().orElseThrow();
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return out;
    }
}
