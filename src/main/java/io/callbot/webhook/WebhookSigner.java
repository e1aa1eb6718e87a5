package io.callbot.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook body: {@code v1=hex(HMAC-SHA256(secret, timestamp + "." + body))}, where timestamp is Unix seconds
 * sent in {@value #TIMESTAMP_HEADER}. Stateless; thread-safe.
 */
public final class WebhookSigner {
    public static final String SIGNATURE_HEADER = "X-Callbot-Signature";
    public static final String TIMESTAMP_HEADER = "X-Callbot-Timestamp";
    public static final String EVENT_ID_HEADER = "X-Callbot-Event-Id";
    public static final String EVENT_TYPE_HEADER = "X-Callbot-Event-Type";
    public static final String ATTEMPT_HEADER = "X-Callbot-Delivery-Attempt";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final String SCHEME = "v1";

    private WebhookSigner() {}

    /** The value of {@value #SIGNATURE_HEADER} for this timestamp and exact body bytes. */
    public static String signature(byte[] secret, long timestampSeconds, byte[] body) {
        return SCHEME + "=" + HexFormat.of().formatHex(hmac(secret, timestampSeconds, body));
    }

    static byte[] hmac(byte[] secret, long timestampSeconds, byte[] body) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("webhook secret must not be empty");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
