package io.callbot.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a received callbot webhook: the {@code X-Callbot-Signature} must be {@code v1=<hex HMAC-SHA256 of
 * timestamp + "." + raw body>} under the shared secret, compared in constant time, and {@code X-Callbot-Timestamp}
 * must be within the tolerance (default 5 minutes) of now, which rejects replays of captured requests. The header may
 * carry several comma-separated {@code v1=} values (secret rotation); one match is enough.
 *
 * <p>Depends only on the JDK so receivers can copy this file as is. Immutable; thread-safe.
 */
public final class WebhookVerifier {
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;

    public WebhookVerifier(String secret) {
        this(secret.getBytes(StandardCharsets.UTF_8), DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    public WebhookVerifier(byte[] secret, Duration tolerance, Clock clock) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("webhook secret must not be empty");
        }
        this.secret = secret.clone();
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** Why a request was refused; the message is safe to log (it never contains the secret). */
    public static final class VerificationException extends Exception {
        public VerificationException(String message) {
            super(message);
        }
    }

    /** True when {@link #verify} would accept the request. */
    public boolean isValid(String signatureHeader, String timestampHeader, byte[] rawBody) {
        try {
            verify(signatureHeader, timestampHeader, rawBody);
            return true;
        } catch (VerificationException e) {
            return false;
        }
    }

    /** Throws unless the signature matches the raw body bytes and the timestamp is fresh. */
    public void verify(String signatureHeader, String timestampHeader, byte[] rawBody) throws VerificationException {
        long timestamp = parseTimestamp(timestampHeader);
        long ageSeconds = clock.instant().getEpochSecond() - timestamp;
        if (Math.abs(ageSeconds) > tolerance.toSeconds()) {
            throw new VerificationException("timestamp " + timestamp + " is " + ageSeconds
                    + " s from now, outside the " + tolerance.toSeconds() + " s tolerance (replayed or clock skew)");
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new VerificationException("missing X-Callbot-Signature header");
        }
        byte[] expected = hmac(timestamp, rawBody);
        for (String part : signatureHeader.split(",")) {
            String candidate = part.trim();
            if (candidate.startsWith("v1=") && MessageDigest.isEqual(expected, decodeHex(candidate.substring(3)))) {
                return;
            }
        }
        throw new VerificationException("signature does not match the body (wrong secret or modified body)");
    }

    private static long parseTimestamp(String header) throws VerificationException {
        if (header == null || header.isBlank()) {
            throw new VerificationException("missing X-Callbot-Timestamp header");
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw new VerificationException("X-Callbot-Timestamp must be Unix seconds, was '" + header + "'");
        }
    }

    private static byte[] decodeHex(String hex) {
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private byte[] hmac(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
