package io.callbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.callbot.api.ApiServer;
import io.callbot.api.ApiServices;
import io.callbot.api.ApiSettings;
import io.callbot.api.CallDetail;
import io.callbot.api.CallPage;
import io.callbot.api.CallPort;
import io.callbot.api.CallQuery;
import io.callbot.api.CustomersApi;
import io.callbot.api.JdbcTokenStore;
import io.callbot.api.Json;
import io.callbot.api.LiveCall;
import io.callbot.api.TenantScope;
import io.callbot.api.TokenRole;
import io.callbot.customer.CustomerStore;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import io.callbot.testing.TestTenants;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/customers/import} over real HTTP, the real customer store and its one import path: an input
 * that cannot be read to its end is never a 200 (issue 13), and the API's tag rule is the import's.
 */
class CustomersImportApiTest {
    /** The API needs a call port; these tests make no calls. */
    private static final CallPort NO_CALLS = new CallPort() {
        @Override
        public CallPage list(TenantScope scope, CallQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CallDetail> get(TenantScope scope, UUID callId) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> recording(TenantScope scope, UUID callId) {
            return Optional.empty();
        }

        @Override
        public List<LiveCall> live(TenantScope scope) {
            return List.of();
        }
    };

    private TestDatabase db;
    private ApiServer server;
    private String token;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        db = TestDatabases.h2();
        TestTenants.ensure(db.database().dataSource(), "acme");
        JdbcTokenStore tokens = new JdbcTokenStore(db.database().dataSource(), Clock.systemUTC());
        token = tokens.create("acme", TokenRole.ADMIN).token();
        CustomerStore store = new CustomerStore(db.database().dataSource(), Clock.systemUTC());
        server = new ApiServer(ApiSettings.defaults("127.0.0.1", 0), new ApiServices(tokens, null,
                new CustomersApi(db.database().dataSource(), store), NO_CALLS, null, List.of(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))).start();
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    private record Reply(int status, JsonNode json) {}

    private Reply post(String path, String contentType, String body) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + path)).header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), Json.mapper().readTree(r.body()));
    }

    private Reply importCsv(String body) throws Exception {
        return post("/api/v1/customers/import", "text/csv", body);
    }

    @Test
    void anUnbalancedQuoteIsAnErrorNamingTheLineNotASilent200() throws Exception {
        Reply r = importCsv("external_id,phone,consent,first_name\n"
                + "c1,+1 212 555 0101,yes,Ada\n"
                + "c2,+1 212 555 0102,yes,\"Bob\n"
                + "c3,+1 212 555 0103,yes,Cy\n");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("error").path("code").asText()).isEqualTo("import_stopped");
        assertThat(r.json().path("error").path("message").asText()).startsWith("line 3: row: a quoted value opened"
                + " on this line is never closed (unbalanced \"); the rows before this line were imported");
        assertThat(r.json().path("inserted").asInt()).isEqualTo(1);
        assertThat(r.json().path("stoppedAt").path("line").asInt()).isEqualTo(3);
    }

    @Test
    void aBodyWithoutAHeaderOrJsonLinesSentAsCsvAreErrorsThatSayWhatToDo() throws Exception {
        Reply noHeader = importCsv("c1,+1 212 555 0101,yes\nc2,+1 212 555 0102,yes\n");
        Reply json = importCsv("{\"external_id\": \"c1\", \"phone\": \"+1 212 555 0101\"}\n");
        assertThat(noHeader.status()).isEqualTo(422);
        assertThat(noHeader.json().path("error").path("message").asText())
                .startsWith("line 1: header: no header row: the first line must name the columns");
        assertThat(json.status()).isEqualTo(422);
        assertThat(json.json().path("error").path("message").asText()).contains("this looks like JSON lines, not CSV")
                .contains("application/x-ndjson");
        assertThat(noHeader.json().path("inserted").asInt() + json.json().path("inserted").asInt()).isZero();
    }

    @Test
    void everyRejectedRowAndWarningIsInTheReport() throws Exception {
        Reply r = importCsv("external_id,phone,tags\n"
                + "c1,+1 212 555 0101,vip\n"
                + "c2,+1 212 555 0102,hacker:<b>\n"
                + "c3,+1 212 555 0103 ext. 9,\n");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("rows").asInt()).isEqualTo(3);
        assertThat(r.json().path("inserted").asInt()).isEqualTo(1);
        assertThat(r.json().path("rejected")).extracting(JsonNode::toString).containsExactly(
                "{\"line\":3,\"message\":\"tags: tag 'hacker:<b>' may contain only letters, digits, '_', '.', ':'"
                        + " and '-' ('hacker:<b>')\"}",
                "{\"line\":4,\"message\":\"phone: '+1 212 555 0103 ext. 9' has an extension (9) that the robot"
                        + " cannot dial; give the number without it\"}");
        assertThat(r.json().path("warnings").get(0).path("message").asText())
                .startsWith("consent: no consent column: customers new to the store were saved without consent");
    }

    @Test
    void theTagsEndpointRefusesWhatTheImportRefuses() throws Exception {
        importCsv("external_id,phone,consent\nc1,+1 212 555 0101,yes\n");
        Reply r = post("/api/v1/customers/c1/tags", "application/json", "{\"add\": [\"hacker:<b>\"]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").path("message").asText())
                .isEqualTo("tag 'hacker:<b>' may contain only letters, digits, '_', '.', ':' and '-'");
    }
}
