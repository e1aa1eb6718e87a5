package io.callbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad requests get a JSON error with the right status and a message that names what to fix. */
class RequestValidationTest {
    private static final int MAX_BODY = 4096;
    private static ApiHarness api;
    private static final String TAGS = "/api/v1/customers/cust-acme/tags";

    @BeforeAll
    static void start() throws Exception {
        api = new ApiHarness(List.of(), new ApiSettings("127.0.0.1", 0, MAX_BODY, 2, 100));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void malformedJsonIs400WithPosition() {
        ApiHarness.Reply r = api.json("POST", TAGS, Fixture.ACME, "{\"add\": [\"vip\"");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.errorCode()).isEqualTo("bad_json");
        assertThat(r.errorMessage()).contains("line 1");
    }

    @Test
    void unknownFieldIsNamed() {
        ApiHarness.Reply r = api.json("POST", TAGS, Fixture.ACME, "{\"add\": [\"vip\"], \"colour\": \"red\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("unknown_field");
        assertThat(r.errorMessage()).contains("'colour'").contains("add, remove");
    }

    @Test
    void wrongTypeIsNamed() {
        ApiHarness.Reply r = api.json("POST", TAGS, Fixture.ACME, "{\"add\": 5}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("wrong_type");
        assertThat(r.errorMessage()).contains("'add'").contains("array");
        ApiHarness.Reply limit = api.get("/api/v1/calls?limit=lots", Fixture.ACME);
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.errorMessage()).contains("'limit'").contains("lots");
        ApiHarness.Reply from = api.get("/api/v1/calls?from=yesterday", Fixture.ACME);
        assertThat(from.errorMessage()).contains("'from'").contains("ISO-8601");
        ApiHarness.Reply customer = api.get("/api/v1/calls?customer=c1", Fixture.ACME);
        assertThat(customer.status()).isEqualTo(400);
        assertThat(customer.errorMessage()).contains("'customer'").contains("store id").contains("c1");
    }

    @Test
    void invalidTagIsNamed() {
        ApiHarness.Reply r = api.json("POST", TAGS, Fixture.ACME, "{\"add\": [\"has space\"]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains("'has space'");
    }

    @Test
    void wrongContentTypeIs415() {
        ApiHarness.Reply r = api.send("POST", TAGS, api.fixture.token(Fixture.ACME), "text/plain", "add vip");
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.errorMessage()).contains("application/json");
        ApiHarness.Reply imp = api.send("POST", "/api/v1/customers/import", api.fixture.token(Fixture.ACME),
                "application/pdf", "x");
        assertThat(imp.status()).isEqualTo(415);
        assertThat(imp.errorMessage()).contains("text/csv");
    }

    @Test
    void importAcceptsCsvIntoTheCallersTenant() {
        ApiHarness.Reply r = api.send("POST", "/api/v1/customers/import", api.fixture.token(Fixture.EAST),
                "text/csv", "phone,external_id\n+15551230001,a1\n+15551230002,a2\n");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("inserted").asInt()).isEqualTo(2);
        assertThat(api.fixture.imports).contains("acme-east:CSV");
    }

    @Test
    void missingOrUnknownTokenIs401() {
        ApiHarness.Reply none = api.send("GET", "/api/v1/campaigns", null, null, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.errorMessage()).contains("Authorization: Bearer");
        assertThat(api.send("GET", "/api/v1/campaigns", "tok-nobody", null, null).status()).isEqualTo(401);
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() {
        assertThat(api.get("/api/v1/nothing", Fixture.ACME).status()).isEqualTo(404);
        ApiHarness.Reply r = api.send("DELETE", "/api/v1/campaigns", api.fixture.token(Fixture.ACME), null, null);
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.errorMessage()).contains("use GET");
    }

    @Test
    void invalidStateChangeIs409() {
        String token = api.fixture.token(Fixture.GLOBEX);
        assertThat(api.send("POST", "/api/v1/campaigns/camp-globex/cancel", token, null, null).status())
                .isEqualTo(200);
        ApiHarness.Reply r = api.send("POST", "/api/v1/campaigns/camp-globex/resume", token, null, null);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.errorMessage()).contains("cancelled");
    }

    @Test
    void oversizeBodyIs413AsJson() throws IOException {
        try (Socket s = new Socket("127.0.0.1", api.server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/customers/import HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                    + "Authorization: Bearer tok-acme\r\nContent-Length: " + (MAX_BODY * 10) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = readAll(s.getInputStream());
            assertThat(reply).startsWith("HTTP/1.1 413");
            assertThat(reply).contains("\"body_too_large\"").contains(Integer.toString(MAX_BODY));
        }
    }

    @Test
    void handlerFailureIs500WithoutStackTrace() throws Exception {
        Router router = new Router().add("GET", "/boom", false, r -> {
            throw new IllegalStateException("secret internal detail at com.example.Foo");
        });
        ApiResponse r = new ApiDispatcher(router, t -> java.util.Optional.empty())
                .dispatch(new ApiDispatcher.RawRequest("GET", "/boom", null, null, new byte[0]));
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(r.status()).isEqualTo(500);
        assertThat(body).contains("internal_error").contains("incident").doesNotContain("secret")
                .doesNotContain("Exception");
    }

    @Test
    void keepAliveServesSeveralRequestsOnOneConnection() throws IOException {
        try (Socket s = new Socket("127.0.0.1", api.server.port())) {
            OutputStream out = s.getOutputStream();
            String req = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
            out.write((req + req).getBytes(StandardCharsets.US_ASCII));
            out.write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String replies = readAll(s.getInputStream());
            assertThat(replies.split("HTTP/1.1 200 OK", -1)).hasSize(4);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        in.transferTo(buf);
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pathSegmentsArePercentDecodedAndAPlusStaysAPlus() {
        Router.Match m = new Router().add("GET", "/api/v1/customers/{id}", true, r -> null)
                .find("GET", "/api/v1/customers/CRM%201");
        assertThat(m.params()).containsEntry("id", "CRM 1");
        assertThat(Route.decode("a+b%2Fc")).isEqualTo("a+b/c");
        assertThat(Route.decode("bad%zz")).isEqualTo("bad%zz");
    }

    @Test
    void aDoNotCallThatCannotBeStoredIs400AndAValidOptOutStays() throws Exception {
        try (ApiHarness api = new ApiHarness()) {
            String token = api.fixture.token(Fixture.ACME);
            String path = "/api/v1/customers/cust-acme/do-not-call";
            assertThat(api.send("PUT", path, token, "application/json", "{\"reason\": \"asked by email\"}").status())
                    .isEqualTo(200);
            ApiHarness.Reply nullBody = api.send("PUT", path, token, "application/json", "null");
            assertThat(nullBody.status()).isEqualTo(400);
            assertThat(nullBody.body()).contains("must be a JSON object").contains("nothing was changed");
            ApiHarness.Reply tooLong = api.send("PUT", path, token, "application/json",
                    "{\"reason\": \"" + "x".repeat(501) + "\"}");
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.body()).contains("reason must be at most 500 characters, was 501");
            assertThat(api.fixture.customers.get("cust-acme").doNotCall()).isTrue();
            assertThat(api.fixture.customers.get("cust-acme").doNotCallReason()).isEqualTo("asked by email");
        }
    }
}
