package io.callbot.customer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * The content hash of one raw import row together with what else shapes its result (the parser's version and the
 * default phone region): the first 64 bits of SHA-256 over a length-prefixed encoding of every field, so two rows
 * hash alike only when every field, tag and attribute (with its JSON type) is the same, in the same order. Stored per
 * customer ({@code customer.import_hash}) by the import that wrote it and cleared by every other writer, it lets a
 * re-import skip an unchanged row before parsing it. Thread-safe.
 */
final class ImportFingerprint {
    /** Bump when parsing or merging a row changes what the same raw row stores: every stored hash then misses once. */
    private static final String VERSION = "import-row-v1";

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    private final String options;

    /** @param defaultRegion the phone region numbers without {@code +country} are read in */
    ImportFingerprint(String defaultRegion) {
        this.options = VERSION + "|" + defaultRegion;
    }

    long of(RawCustomer raw) {
        StringBuilder s = new StringBuilder(256);
        field(s, options);
        field(s, raw.externalId());
        field(s, raw.phone());
        field(s, raw.firstName());
        field(s, raw.lastName());
        field(s, raw.language());
        field(s, raw.timezone());
        field(s, raw.consent());
        field(s, raw.doNotCall());
        field(s, raw.doNotCallReason());
        List<String> tags = raw.tags();
        s.append('T').append(tags.size()).append(':');
        tags.forEach(t -> field(s, t));
        Map<String, Object> attributes = raw.attributes();
        s.append('A').append(attributes.size()).append(':');
        attributes.forEach((k, v) -> {
            field(s, k);
            field(s, v == null ? null : v.getClass().getName());
            field(s, v == null ? null : v.toString());
        });
        MessageDigest sha = SHA256.get();
        byte[] digest = sha.digest(s.toString().getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }

    /** A field with its length, so that no two different rows encode alike; null differs from empty. */
    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append('-');
        } else {
            s.append(value.length()).append(':').append(value);
        }
    }
}
