package io.callbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class WebhookSigningTest {
    private static final long TS = 1_764_300_000L;
    private static final byte[] BODY = "{\"event_id\":\"e1\",\"type\":\"call.completed\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SECRET = "whsec_test".getBytes(StandardCharsets.UTF_8);

    private static WebhookVerifier verifierAt(long epochSeconds) {
        return new WebhookVerifier(SECRET, Duration.ofMinutes(5), Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
    }

    @Test
    void signatureMatchesOpensslOverTimestampDotBody() {
        // printf '%s' '1764300000.{"event_id":"e1","type":"call.completed"}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(WebhookSigner.signature(SECRET, TS, BODY))
                .isEqualTo("v1=d6bee8bdaf69ad5ffb3efd46427038d7d02e843672403368cd06cda35430ea3d");
    }

    @Test
    void verifierAcceptsAFreshCorrectlySignedBody() throws Exception {
        verifierAt(TS + 10).verify(WebhookSigner.signature(SECRET, TS, BODY), Long.toString(TS), BODY);
        assertThat(verifierAt(TS - 299).isValid(WebhookSigner.signature(SECRET, TS, BODY), Long.toString(TS), BODY)).isTrue();
    }

    @Test
    void verifierRejectsATamperedBody() {
        byte[] tampered = "{\"event_id\":\"e1\",\"type\":\"call.failed\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> verifierAt(TS).verify(WebhookSigner.signature(SECRET, TS, BODY), Long.toString(TS), tampered))
                .isInstanceOf(WebhookVerifier.VerificationException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void verifierRejectsTheWrongSecret() {
        String signed = WebhookSigner.signature("other".getBytes(StandardCharsets.UTF_8), TS, BODY);
        assertThat(verifierAt(TS).isValid(signed, Long.toString(TS), BODY)).isFalse();
    }

    @Test
    void verifierRejectsASignatureMovedToAnotherTimestamp() {
        String signed = WebhookSigner.signature(SECRET, TS, BODY);
        assertThat(verifierAt(TS).isValid(signed, Long.toString(TS + 1), BODY)).isFalse();
    }

    @ParameterizedTest(name = "received {0} s after signing -> valid {1}")
    @CsvSource({"0, true", "300, true", "301, false", "3600, false", "-300, true", "-301, false"})
    void verifierRejectsReplaysOlderThanFiveMinutes(long age, boolean valid) {
        assertThat(verifierAt(TS + age).isValid(WebhookSigner.signature(SECRET, TS, BODY), Long.toString(TS), BODY))
                .isEqualTo(valid);
    }

    @Test
    void verifierAcceptsAnyOfSeveralSignaturesForSecretRotation() {
        String header = WebhookSigner.signature("old".getBytes(StandardCharsets.UTF_8), TS, BODY) + ", "
                + WebhookSigner.signature(SECRET, TS, BODY);
        assertThat(verifierAt(TS).isValid(header, Long.toString(TS), BODY)).isTrue();
    }

    @Test
    void verifierExplainsMissingOrMalformedHeaders() {
        WebhookVerifier v = verifierAt(TS);
        assertThatThrownBy(() -> v.verify(null, Long.toString(TS), BODY)).hasMessageContaining("missing X-Callbot-Signature");
        assertThatThrownBy(() -> v.verify("v1=00", null, BODY)).hasMessageContaining("missing X-Callbot-Timestamp");
        assertThatThrownBy(() -> v.verify("v1=00", "yesterday", BODY)).hasMessageContaining("Unix seconds");
        assertThat(v.isValid("v1=not-hex", Long.toString(TS), BODY)).isFalse();
        assertThat(v.isValid("v0=" + WebhookSigner.signature(SECRET, TS, BODY).substring(3), Long.toString(TS), BODY)).isFalse();
    }
}
