package io.callbot.campaign;

import java.util.regex.Pattern;

/**
 * The one rule for tag texts, wherever a tag comes from: an import file, the API, a campaign's audience or an
 * outcome's {@code tags_add} / {@code tags_remove}. Letters and digits of any script and {@code _ . : -}; no
 * markup, spaces or separators. Lives here because campaigns are validated at load without the customer store;
 * {@code customer.Tag} applies the same rule. Stateless and thread-safe.
 */
public final class TagSyntax {
    public static final int MAX_LENGTH = 200;
    private static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{N}_.:-]+");

    private TagSyntax() {}

    /** Why {@code text} (trimmed) is not a valid tag, or null when it is one. */
    public static String problem(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return "tag must not be empty";
        }
        if (t.length() > MAX_LENGTH) {
            return "tag must be at most " + MAX_LENGTH + " characters, was " + t.length();
        }
        if (!TEXT.matcher(t).matches()) {
            return "tag '" + t + "' may contain only letters, digits, '_', '.', ':' and '-'";
        }
        return null;
    }
}
