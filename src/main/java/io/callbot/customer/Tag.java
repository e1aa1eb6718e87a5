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
        Reference ref = reference(text);
        return new Tag(ref.kind() == null ? TagKind.MERCHANT : ref.kind(), ref.name());
    }

    /**
     * A tag as a filter names it: {@code kind} null when the text has no kind prefix (any kind matches). Not
     * checked against {@link TagSyntax}: a filter for a tag that cannot exist simply matches nobody.
     */
    record Reference(TagKind kind, String name) {}

    static Reference reference(String text) {
        String t = text == null ? "" : text.trim();
        int colon = t.indexOf(':');
        TagKind kind = colon > 0 ? TagKind.ofPrefix(t.substring(0, colon)) : null;
        String name = kind == null ? t : t.substring(colon + 1).trim();
        return new Reference(kind, name.toLowerCase(Locale.ROOT));
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
