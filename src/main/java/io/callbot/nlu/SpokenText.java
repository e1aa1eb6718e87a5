package io.callbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns recognized speech and intent phrases into comparable word lists: lower case, contractions expanded
 * ("don't" becomes "do not"), punctuation dropped, spaces collapsed, number words as digits ("five" becomes
 * "5"), "p.m." as "pm" and a few spoken forms spelled one way ("ok" is "okay", "gonna" is "going to"). What
 * recognizers and intent phrases both pass through before they are compared. Stateless and thread-safe.
 */
public final class SpokenText {

    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("won't", "will not"), Map.entry("can't", "can not"), Map.entry("cannot", "can not"),
            Map.entry("shan't", "shall not"), Map.entry("ain't", "am not"), Map.entry("i'm", "i am"),
            Map.entry("o'clock", "oclock"), Map.entry("let's", "let us"), Map.entry("it's", "it is"),
            Map.entry("that's", "that is"), Map.entry("what's", "what is"), Map.entry("who's", "who is"),
            Map.entry("there's", "there is"), Map.entry("he's", "he is"), Map.entry("she's", "she is"),
            Map.entry("where's", "where is"), Map.entry("here's", "here is"), Map.entry("how's", "how is"),
            Map.entry("gonna", "going to"), Map.entry("wanna", "want to"), Map.entry("gotta", "got to"),
            Map.entry("ok", "okay"), Map.entry("y'all", "you all"),
            // "what'd you say" asks what was said, not what would be
            Map.entry("what'd", "what did"),
            // round zj: "let's hear 'em" is "let's hear them" (typed answers; a recognizer writes "them")
            Map.entry("'em", "them"));

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}']+|[^\\p{L}\\p{N}']+$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SpokenText() {
    }

    /** The normalized words of {@code text}; empty for null or blank text. */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> raw = new ArrayList<>();
        for (String token : SPACES.split(lower)) {
            String bare = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            String expanded = expand(bare);
            for (String part : NON_WORD.split(expanded)) {
                if (!part.isEmpty()) {
                    raw.add(part);
                }
            }
        }
        return NumberWords.wordsToDigits(joinMeridiem(raw));
    }

    /** The normalized words joined by single spaces. */
    public static String normalize(String text) {
        return String.join(" ", words(text));
    }

    private static String expand(String token) {
        String known = CONTRACTIONS.get(token);
        if (known != null) {
            return known;
        }
        if (token.endsWith("n't")) {
            return token.substring(0, token.length() - 3) + " not";
        }
        if (token.endsWith("'ll")) {
            return token.substring(0, token.length() - 3) + " will";
        }
        if (token.endsWith("'re")) {
            return token.substring(0, token.length() - 3) + " are";
        }
        if (token.endsWith("'ve")) {
            return token.substring(0, token.length() - 3) + " have";
        }
        if (token.endsWith("'d")) {
            return token.substring(0, token.length() - 2) + " would";
        }
        if (token.endsWith("'s")) {
            return token.substring(0, token.length() - 2);
        }
        return token.replace("'", "");
    }

    /** "p m" and "a m" (from "p.m.") become "pm" and "am" after a number. */
    private static List<String> joinMeridiem(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i);
            boolean pair = i + 1 < raw.size() && raw.get(i + 1).equals("m") && (t.equals("p") || t.equals("a"));
            if (pair && (t.equals("p") || (i > 0 && isNumberish(raw.get(i - 1))))) {
                out.add(t + "m");
                i++;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isNumberish(String token) {
        return token.chars().allMatch(Character::isDigit) || NumberWords.wordsToDigits(List.of(token))
                .stream().allMatch(s -> s.chars().allMatch(Character::isDigit));
    }
}
