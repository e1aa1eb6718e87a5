package io.callbot.customer;

import java.util.Locale;

/**
 * A customer tag: a lower-case name and its kind. Immutable.
 *
 * <p>Written {@code kind:name} or just {@code name} (kind {@link TagKind#MERCHANT}); only a leading
 * {@code user:}, {@code business:} or {@code merchant:} is a kind, so {@code brand:xiaomi} is a name and
 * {@code user:brand:xiaomi} is that name with kind USER.
 */
public record Tag(TagKind kind, String name) {
    public static final int MAX_LENGTH = 200;

    public Tag {
        if (kind == null) {
            throw new IllegalArgumentException("tag kind must be set");
        }
        name = normalizeName(name);
    }

    /** Parses {@code kind:name} or {@code name}; throws IllegalArgumentException with the rule broken. */
    public static Tag parse(String text) {
        String t = text == null ? "" : text.trim();
        int colon = t.indexOf(':');
        if (colon > 0) {
            TagKind kind = TagKind.ofPrefix(t.substring(0, colon));
            if (kind != null) {
                return new Tag(kind, t.substring(colon + 1));
            }
        }
        return new Tag(TagKind.MERCHANT, t);
    }

    /** Tags compare case-insensitively: names are trimmed and lower-cased. */
    public static String normalizeName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
            throw new IllegalArgumentException("tag must not be empty");
        }
        if (n.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("tag must be at most " + MAX_LENGTH + " characters, was " + n.length());
        }
        return n;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + name;
    }
}
