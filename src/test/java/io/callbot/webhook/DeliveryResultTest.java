package io.callbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class DeliveryResultTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"200, DELIVERED", "202, DELIVERED", "204, DELIVERED", "301, PERMANENT", "400, PERMANENT",
        "401, PERMANENT", "404, PERMANENT", "410, PERMANENT", "422, PERMANENT", "408, RETRYABLE", "429, RETRYABLE",
        "500, RETRYABLE", "502, RETRYABLE", "503, RETRYABLE", "504, RETRYABLE"})
    void classifiesByStatus(int status, DeliveryResult.Kind kind) {
        DeliveryResult r = DeliveryResult.fromResponse(status, null, "nope", NOW);
        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.status()).isEqualTo(status);
        if (kind != DeliveryResult.Kind.DELIVERED) {
            assertThat(r.error()).isEqualTo("HTTP " + status + ": nope");
        }
    }

    @ParameterizedTest(name = "Retry-After ''{0}'' -> {1}")
    @CsvSource(value = {"120 | PT2M", "0 | PT0S", "Thu, 01 Jan 2026 00:01:30 GMT | PT1M30S",
        "Wed, 31 Dec 2025 23:00:00 GMT | PT0S", "soon | ", "-5 | "}, delimiter = '|')
    void parsesRetryAfterSecondsAndDates(String header, String expected) {
        DeliveryResult r = DeliveryResult.fromResponse(503, header, null, NOW);
        assertThat(r.retryAfter()).isEqualTo(Optional.ofNullable(expected).map(Duration::parse));
    }

    @Test
    void retryAfterIsIgnoredOnPermanentFailures() {
        assertThat(DeliveryResult.fromResponse(400, "60", null, NOW).retryAfter()).isEmpty();
    }

    @Test
    void networkFailuresAreRetryableAndNamed() {
        assertThat(DeliveryResult.fromException(new ConnectException("Connection refused")))
                .extracting(DeliveryResult::kind, DeliveryResult::error)
                .containsExactly(DeliveryResult.Kind.RETRYABLE, "connection refused: Connection refused");
        assertThat(DeliveryResult.fromException(new HttpConnectTimeoutException("x")).error()).startsWith("connect timeout");
        assertThat(DeliveryResult.fromException(new HttpTimeoutException("x")).error()).startsWith("request timeout");
        assertThat(DeliveryResult.fromException(new IOException()).kind()).isEqualTo(DeliveryResult.Kind.RETRYABLE);
    }
}
