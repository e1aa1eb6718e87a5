package io.callbot.customer;

/**
 * UTF-8 encoding of text into a caller's array, byte for byte what {@code String.getBytes(UTF_8)} gives (a lone
 * surrogate becomes {@code ?}), without the intermediate string and array: the import encodes every row twice (its
 * hash and its COPY text). Stateless and thread-safe.
 */
final class Utf8 {
    private Utf8() {}

    /** The encoded length of {@code s}. */
    static int length(CharSequence s) {
        int n = s.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes++;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2; // 4 bytes for the two chars
                    i++;
                } else if (!Character.isSurrogate(c)) {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    /** Writes {@code s} at {@code offset} (room for {@link #length} bytes, or 3 per char); answers the end offset. */
    static int encode(CharSequence s, byte[] out, int offset) {
        int n = s.length();
        int o = offset;
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
}
