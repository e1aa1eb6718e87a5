package io.callbot.webhook;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What one HTTP attempt came to: delivered (2xx), retryable (5xx, 408, 429, timeouts, connection errors) or permanent
 * (any other status: the receiver rejected the request and will again, so it goes to the dead letters at once).
 * Immutable.
 *
 * @param status the HTTP status, or null when no response arrived
 * @param error short description for {@code last_error}, null when delivered
 * @param retryAfter the receiver's {@code Retry-After}, when it sent a usable one
 */
public record DeliveryResult(Kind kind, Integer status, String error, Optional<Duration> retryAfter) {

    public enum Kind { DELIVERED, RETRYABLE, PERMANENT }

    private static final int MAX_ERROR_CHARS = 500;

    public DeliveryResult {
        if (error != null && error.length() > MAX_ERROR_CHARS) {
            error = error.substring(0, MAX_ERROR_CHARS);
        }
    }

    /** Classifies a response by status code. */
    public static DeliveryResult fromResponse(int status, String retryAfterHeader, String bodySnippet, Instant now) {
        if (status >= 200 && status < 300) {
            return new DeliveryResult(Kind.DELIVERED, status, null, Optional.empty());
        }
        String error = "HTTP " + status + (bodySnippet == null || bodySnippet.isBlank() ? "" : ": " + bodySnippet.strip());
        boolean retryable = status >= 500 || status == 408 || status == 429;
        return new DeliveryResult(retryable ? Kind.RETRYABLE : Kind.PERMANENT, status, error,
                retryable ? parseRetryAfter(retryAfterHeader, now) : Optional.empty());
    }

    /** A request that got no response: always retryable. */
    public static DeliveryResult fromException(Throwable e) {
        String what = e instanceof HttpConnectTimeoutException ? "connect timeout"
                : e instanceof HttpTimeoutException ? "request timeout"
                : e instanceof ConnectException ? "connection refused"
                : e.getClass().getSimpleName();
        String message = e.getMessage() == null ? what : what + ": " + e.getMessage();
        return new DeliveryResult(Kind.RETRYABLE, null, message, Optional.empty());
    }

    /** A failure before any request was made (e.g. the secret is not configured); retried so a fix can take effect. */
    public static DeliveryResult notSent(String error) {
        return new DeliveryResult(Kind.RETRYABLE, null, error, Optional.empty());
    }

    /** {@code Retry-After} as delay-seconds or an HTTP-date; empty when absent, malformed or in the past. */
    static Optional<Duration> parseRetryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Optional.of(Duration.between(now, at)) : Optional.of(Duration.ZERO);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
