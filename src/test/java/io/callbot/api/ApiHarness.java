package io.callbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Starts an {@link ApiServer} on a free port over a {@link Fixture} and sends real HTTP requests to it. */
final class ApiHarness implements AutoCloseable {
    final Fixture fixture;
    final ApiServer server;
    final HttpClient client = HttpClient.newHttpClient();

    ApiHarness(List<ReadinessCheck> checks) throws IOException {
        this(checks, ApiSettings.defaults("127.0.0.1", 0));
    }

    ApiHarness(List<ReadinessCheck> checks, ApiSettings settings) throws IOException {
        fixture = new Fixture();
        server = new ApiServer(settings, fixture.services(checks)).start();
    }

    ApiHarness() throws IOException {
        this(List.of());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** A reply: status, content type and body. */
    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }

        String errorMessage() {
            return json().path("error").path("message").asText();
        }
    }

    Reply send(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Reply get(String path, Tenant as) {
        return send("GET", path, fixture.token(as), null, null);
    }

    Reply json(String method, String path, Tenant as, String body) {
        return send(method, path, fixture.token(as), "application/json", body);
    }

    @Override
    public void close() {
        server.close();
    }
}
