package io.callbot.customer;

import io.callbot.campaign.TagSyntax;
import java.util.Locale;

/**
 * A customer tag: a lower-case name and its kind. Immutable.
 *
 * <p>Written {@code kind:name} or just {@code name} (kind {@link TagKind#MERCHANT}); only a leading
 * {@code user:}, {@code business:} or {@code merchant:} is a kind, so {@code brand:xiaomi} is a name and
 * {@code user:brand:xiaomi} is that name with kind USER.
 */
public record Tag(TagKind kind, String name) {
    public static final int MAX_LENGTH = TagSyntax.MAX_LENGTH;

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

    /**
     * Tags compare case-insensitively: names are trimmed and lower-cased; {@link TagSyntax} is the rule they
     * must follow, whether they come from an import, the API or a campaign.
     */
    public static String normalizeName(String name) {
        String problem = TagSyntax.problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return name.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + name;
    }
}
