package io.callbot.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Sends one signed POST with {@code java.net.http} and classifies the answer. Redirects are not followed (a signed
 * POST to a moved URL is a configuration error, so a 3xx is a permanent failure). Thread-safe (shares one
 * {@link HttpClient}); {@link #post} blocks the calling worker thread for at most the request timeout.
 */
final class HttpWebhookPoster {
    private static final int MAX_BODY_SNIPPET = 200;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final Clock clock;

    HttpWebhookPoster(Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** Posts the entry's payload signed with {@code secret}; never throws except on interruption. */
    AttemptResult post(OutboxEntry entry, byte[] secret) throws InterruptedException {
        byte[] body = entry.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(entry.endpointUrl()))
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
        } catch (IllegalArgumentException e) {
            return new AttemptResult(AttemptResult.Kind.PERMANENT, null, "bad endpoint URL: " + e.getMessage(),
                    java.util.Optional.empty());
        }
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return AttemptResult.fromResponse(response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null), snippet(response.body()),
                    clock.instant());
        } catch (IOException e) {
            return AttemptResult.fromException(e);
        }
    }

    private static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        String text = new String(body, 0, Math.min(body.length, MAX_BODY_SNIPPET), StandardCharsets.UTF_8);
        return text.replaceAll("\\s+", " ");
    }
}
