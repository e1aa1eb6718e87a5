package io.callbot.webhook;

import java.time.Duration;

/**
 * How {@link WebhookSender} delivers; {@link #defaults(String)} holds every default in one place. Immutable.
 *
 * @param connectTimeout TCP/TLS connect timeout
 * @param requestTimeout whole-request timeout (until the response headers)
 * @param maxAge how long an event is retried before it becomes a dead letter
 * @param baseDelay backoff ceiling after the first failure; doubles per attempt
 * @param maxDelay backoff ceiling cap
 * @param maxInFlight concurrent requests per sender (all endpoints)
 * @param perEndpointConcurrency concurrent requests per endpoint URL per sender
 * @param pollInterval how often the outbox is polled when idle
 * @param leaseDuration how long a claimed row stays claimed if its sender dies
 * @param stopTimeout how long {@link WebhookSender#stop()} waits for in-flight requests
 * @param nodeId this server's lease owner name; stable across restarts so a restart frees its own claims at once
 */
public record WebhookSenderSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        Duration maxAge,
        Duration baseDelay,
        Duration maxDelay,
        int maxInFlight,
        int perEndpointConcurrency,
        Duration pollInterval,
        Duration leaseDuration,
        Duration stopTimeout,
        String nodeId) {

    public WebhookSenderSettings {
        positive("webhook.connect_timeout", connectTimeout);
        positive("webhook.request_timeout", requestTimeout);
        positive("webhook.max_age", maxAge);
        positive("webhook.base_delay", baseDelay);
        positive("webhook.max_delay", maxDelay);
        positive("webhook.poll_interval", pollInterval);
        positive("webhook.stop_timeout", stopTimeout);
        if (maxInFlight <= 0) {
            throw new IllegalArgumentException("webhook.max_in_flight must be > 0, was " + maxInFlight);
        }
        if (perEndpointConcurrency <= 0) {
            throw new IllegalArgumentException(
                    "webhook.per_endpoint_concurrency must be > 0, was " + perEndpointConcurrency);
        }
        if (leaseDuration == null || leaseDuration.compareTo(connectTimeout.plus(requestTimeout)) <= 0) {
            throw new IllegalArgumentException("webhook.lease_duration must be longer than connect_timeout + "
                    + "request_timeout (" + connectTimeout.plus(requestTimeout) + "), was " + leaseDuration);
        }
        if (nodeId == null || nodeId.isBlank()) {
            throw new IllegalArgumentException("webhook.node_id must not be empty");
        }
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be > 0, was " + value);
        }
    }

    /**
     * 5 s connect, 10 s request, 24 h retry window, backoff 1 s doubling to 1 h, 128 in flight, 64 per endpoint (a
     * round of claims and answers costs the database the same for 16 rows as for 64, so 16 per endpoint held one
     * endpoint to ~400 deliveries/s on a loaded PostgreSQL; BENCHMARKS.md, "webhook deliveries per second").
     */
    public static WebhookSenderSettings defaults(String nodeId) {
        return new WebhookSenderSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofHours(24),
                Duration.ofSeconds(1), Duration.ofHours(1), 128, 64, Duration.ofMillis(500), Duration.ofMinutes(2),
                Duration.ofSeconds(30), nodeId);
    }

    public WebhookSenderSettings withBackoff(Duration base, Duration max) {
        return new WebhookSenderSettings(connectTimeout, requestTimeout, maxAge, base, max, maxInFlight,
                perEndpointConcurrency, pollInterval, leaseDuration, stopTimeout, nodeId);
    }

    public WebhookSenderSettings withMaxAge(Duration value) {
        return new WebhookSenderSettings(connectTimeout, requestTimeout, value, baseDelay, maxDelay, maxInFlight,
                perEndpointConcurrency, pollInterval, leaseDuration, stopTimeout, nodeId);
    }

    public WebhookSenderSettings withConcurrency(int inFlight, int perEndpoint) {
        return new WebhookSenderSettings(connectTimeout, requestTimeout, maxAge, baseDelay, maxDelay, inFlight,
                perEndpoint, pollInterval, leaseDuration, stopTimeout, nodeId);
    }

    public WebhookSenderSettings withTimeouts(Duration connect, Duration request) {
        return new WebhookSenderSettings(connect, request, maxAge, baseDelay, maxDelay, maxInFlight,
                perEndpointConcurrency, pollInterval, leaseDuration, stopTimeout, nodeId);
    }

    public WebhookSenderSettings withPollInterval(Duration value) {
        return new WebhookSenderSettings(connectTimeout, requestTimeout, maxAge, baseDelay, maxDelay, maxInFlight,
                perEndpointConcurrency, value, leaseDuration, stopTimeout, nodeId);
    }
}
