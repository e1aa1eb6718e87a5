package io.callbot.customer;

import java.nio.ByteBuffer;
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

    /** per thread: the row's encoding is written as UTF-8 into a reused buffer, then fed to SHA-256 without a copy */
    private static final ThreadLocal<Bytes> BUFFERS = ThreadLocal.withInitial(Bytes::new);

    long of(RawCustomer raw) {
        Bytes b = BUFFERS.get();
        b.length = 0;
        field(b, options);
        field(b, raw.externalId());
        field(b, raw.phone());
        field(b, raw.firstName());
        field(b, raw.lastName());
        field(b, raw.language());
        field(b, raw.timezone());
        field(b, raw.consent());
        field(b, raw.doNotCall());
        field(b, raw.doNotCallReason());
        List<String> tags = raw.tags();
        b.ascii('T').number(tags.size()).ascii(':');
        for (String t : tags) {
            field(b, t);
        }
        Map<String, Object> attributes = raw.attributes();
        b.ascii('A').number(attributes.size()).ascii(':');
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            Object v = e.getValue();
            field(b, e.getKey());
            field(b, v == null ? null : v.getClass().getName());
            field(b, v == null ? null : v.toString());
        }
        MessageDigest sha = SHA256.get();
        sha.update(b.bytes, 0, b.length);
        return ByteBuffer.wrap(sha.digest()).getLong();
    }

    /**
     * A field with its length (in UTF-16 units), so that no two different rows encode alike; null differs from empty.
     * Each value sits between ASCII characters, so encoding it alone gives the bytes the whole row's text gives.
     */
    private static void field(Bytes b, String value) {
        if (value == null) {
            b.ascii('-');
        } else {
            b.number(value.length()).ascii(':').utf8(value);
        }
    }

    /**
     * A growing byte buffer of the row's text as UTF-8 ({@code String.getBytes(UTF_8)} per value), so the hashes
     * match those stored by versions that built the row's text first.
     */
    static final class Bytes {
        byte[] bytes = new byte[1024];
        int length;

        Bytes ascii(char c) {
            room(1);
            bytes[length++] = (byte) c;
            return this;
        }

        Bytes number(int n) {
            String digits = Integer.toString(n);
            room(digits.length());
            for (int i = 0; i < digits.length(); i++) {
                bytes[length++] = (byte) digits.charAt(i);
            }
            return this;
        }

        Bytes utf8(String s) {
            // getBytes: a copy for Latin-1 text (intrinsic), faster than encoding char by char
            byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
            return this;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
