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

    /** per thread: the row's encoding is built in a reused buffer, then fed to SHA-256 as UTF-8 without a copy */
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private static final class Buffers {
        final StringBuilder text = new StringBuilder(512);
        byte[] utf8 = new byte[2048];
    }

    long of(RawCustomer raw) {
        Buffers b = BUFFERS.get();
        StringBuilder s = b.text;
        s.setLength(0);
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
        for (String t : tags) {
            field(s, t);
        }
        Map<String, Object> attributes = raw.attributes();
        s.append('A').append(attributes.size()).append(':');
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            Object v = e.getValue();
            field(s, e.getKey());
            field(s, v == null ? null : v.getClass().getName());
            field(s, v == null ? null : v.toString());
        }
        int length = utf8(s, b);
        MessageDigest sha = SHA256.get();
        sha.update(b.utf8, 0, length);
        byte[] digest = sha.digest();
        return ByteBuffer.wrap(digest).getLong();
    }

    /**
     * {@code s} as UTF-8 into the thread's buffer, byte for byte what {@code s.toString().getBytes(UTF_8)} gives (a
     * lone surrogate becomes {@code ?}), so hashes stored before stay valid; answers the length.
     */
    static int utf8(CharSequence s, Buffers b) {
        int n = s.length();
        if (b.utf8.length < n * 3) {
            b.utf8 = new byte[n * 3];
        }
        byte[] out = b.utf8;
        int o = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | (c >> 6));
                out[o++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                char d = i + 1 < n ? s.charAt(i + 1) : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(d)) {
                    int cp = Character.toCodePoint(c, d);
                    out[o++] = (byte) (0xF0 | (cp >> 18));
                    out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    out[o++] = (byte) (0x80 | (cp & 0x3F));
                    i++;
                } else {
                    out[o++] = '?';
                }
            } else {
                out[o++] = (byte) (0xE0 | (c >> 12));
                out[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[o++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return o;
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
