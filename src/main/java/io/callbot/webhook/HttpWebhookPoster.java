package io.callbot.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Sends signed POSTs with {@code java.net.http} and classifies the answers. Connections are reused: HTTP/1.1
 * keep-alive to {@code http://} endpoints (one pooled connection per request in flight), HTTP/2 to {@code https://}
 * endpoints that negotiate it (many requests multiplexed on one connection; HTTP/1.1 otherwise). Redirects are not
 * followed (a signed POST to a moved URL is a configuration error, so a 3xx is a permanent failure). Thread-safe;
 * {@link #postAsync} returns at once, the request waiting for its answer on a pooled thread.
 */
final class HttpWebhookPoster {
    private static final int MAX_BODY_SNIPPET = 200;

    private final HttpClient plain;
    private final HttpClient tls;
    private final Duration requestTimeout;
    private final Clock clock;

    HttpWebhookPoster(Duration connectTimeout, Duration requestTimeout, Clock clock, Executor executor) {
        // h2c (HTTP/2 over cleartext) needs an Upgrade round trip many receivers do not support: plain HTTP stays 1.1
        this.plain = client(connectTimeout, HttpClient.Version.HTTP_1_1, executor);
        this.tls = client(connectTimeout, HttpClient.Version.HTTP_2, executor);
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    private static HttpClient client(Duration connectTimeout, HttpClient.Version version, Executor executor) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(version)
                .executor(executor)
                .build();
    }

    /**
     * Posts the entry's payload signed with {@code secret} on one of {@code requests}' threads; the future completes
     * (never exceptionally) with how the attempt ended, on that thread. Not {@code HttpClient.sendAsync}: the JDK
     * hands each of its responses to the common pool, which on two cores or fewer is a new thread per response
     * (measured: 40 % more CPU per delivery); {@code send} on a pooled thread completes on the thread that waits.
     */
    CompletableFuture<DeliveryResult> postAsync(OutboxEntry entry, byte[] secret, Executor requests) {
        return CompletableFuture.supplyAsync(() -> post(entry, secret), requests);
    }

    /** Posts and waits for the answer (at most the request timeout); never throws. */
    DeliveryResult post(OutboxEntry entry, byte[] secret) {
        HttpRequest request;
        try {
            request = request(entry, secret);
        } catch (IllegalArgumentException e) {
            return new DeliveryResult(DeliveryResult.Kind.PERMANENT, null, "bad endpoint URL: " + e.getMessage(),
                    Optional.empty());
        }
        HttpClient client = "https".equalsIgnoreCase(request.uri().getScheme()) ? tls : plain;
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return DeliveryResult.fromResponse(response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null), snippet(response.body()),
                    clock.instant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.notSent("the sender stopped before the answer came");
        } catch (IOException | RuntimeException e) {
            return DeliveryResult.fromException(e);
        }
    }

    private HttpRequest request(OutboxEntry entry, byte[] secret) {
        byte[] body = entry.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(entry.endpointUrl()))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "callbot-webhooks/1")
                .header(WebhookSigner.EVENT_ID_HEADER, entry.eventId().toString())
                .header(WebhookSigner.EVENT_TYPE_HEADER, entry.eventType())
                .header(WebhookSigner.IDEMPOTENCY_HEADER, entry.idempotencyKey())
                .header(WebhookSigner.ATTEMPT_HEADER, Integer.toString(entry.attempts()))
                .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signature(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        String text = new String(body, 0, Math.min(body.length, MAX_BODY_SNIPPET), StandardCharsets.UTF_8);
        return text.replaceAll("\\s+", " ");
    }
}
