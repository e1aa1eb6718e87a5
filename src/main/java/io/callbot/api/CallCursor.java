package io.callbot.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** A keyset position in the call listing: the {@code (endedAt, id)} of the last call returned. Immutable value. */
public record CallCursor(Instant endedAt, UUID id) {

    /** The opaque string handed to clients as {@code next}. */
    public String encode() {
        String raw = endedAt.toEpochMilli() + ":" + endedAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the string was not made by {@link #encode()} */
    public static CallCursor decode(String s) {
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8).split(":", 3);
            Instant at = Instant.ofEpochMilli(Long.parseLong(p[0])).plusNanos(Integer.parseInt(p[1]) % 1_000_000);
            return new CallCursor(at, UUID.fromString(p[2]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cursor is not one returned by this API as 'next': " + s);
        }
    }
}
