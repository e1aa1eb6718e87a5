package io.callbot.nlu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Expands a phrase pattern into the phrasings it stands for, each as normalized words ({@link SpokenText#words}).
 * Syntax: words separated by spaces; {@code (a|b c)} one of the alternatives; {@code [a|b]} optionally one of
 * them; {@code *} one to three words of any kind (a name: "there is no * here"); {@code #} a number. So
 * {@code "[please] (take|get) me off [your|the] list"} is twelve phrasings. Stateless and thread-safe.
 */
public final class PhrasePattern {

    /** The word that stands for any one to three words. */
    public static final String ANY = "*";
    /** The word that stands for a number (digits after normalization). */
    public static final String NUMBER = "#";
    /** Beyond this many phrasings a pattern is a mistake, not a phrase list. */
    static final int MAX_PHRASINGS = 20_000;

    private final String pattern;
    private int pos;

    private PhrasePattern(String pattern) {
        this.pattern = pattern;
    }

    /**
     * Every phrasing of {@code pattern}, each a list of normalized words (duplicates removed, order kept).
     *
     * @throws IllegalArgumentException naming the column of a syntax error, or when the pattern stands for more
     *         than {@value #MAX_PHRASINGS} phrasings
     */
    public static List<List<String>> expand(String pattern) {
        PhrasePattern parser = new PhrasePattern(pattern);
        List<List<String>> raw = parser.sequence();
        if (parser.pos < pattern.length()) {
            throw parser.error("unexpected '" + pattern.charAt(parser.pos) + "'");
        }
        LinkedHashSet<List<String>> out = new LinkedHashSet<>();
        for (List<String> words : raw) {
            List<String> normalized = normalize(words);
            if (!normalized.isEmpty()) {
                out.add(normalized);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The words of {@code pattern} as written (lower case, apostrophes kept: "don't", "i'm"), without syntax,
     * wildcards or duplicates: the spellings a recognizer grammar needs, since a recognizer hears "don't", never
     * the "do not" that matching normalizes it to.
     */
    public static List<String> spokenWords(String pattern) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String token : pattern.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[\\s()\\[\\]|]+")) {
            String w = token.replaceAll("[^\\p{L}\\p{N}']", "");
            if (!w.isEmpty() && !token.equals(ANY) && !token.equals(NUMBER)) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Every phrasing of {@code pattern} as a recognizer spells it: lower case, apostrophes kept ("don't", "mom's" from
     * {@code (mom|dad)'s}), no normalization; a wildcard or number stays {@link #ANY} or {@link #NUMBER}.
     *
     * @throws IllegalArgumentException as {@link #expand}
     */
    public static List<List<String>> spokenPhrasings(String pattern) {
        PhrasePattern parser = new PhrasePattern(asSpoken(pattern));
        List<List<String>> raw = parser.sequence();
        List<List<String>> out = new ArrayList<>(raw.size());
        for (List<String> words : raw) {
            List<String> spoken = new ArrayList<>(words.size());
            for (String token : words) {
                String w = spoken(token);
                if (w.startsWith("'") && !spoken.isEmpty()) {
                    spoken.set(spoken.size() - 1, spoken.get(spoken.size() - 1) + w);
                } else if (!w.isEmpty()) {
                    spoken.add(w);
                }
            }
            out.add(spoken);
        }
        return out;
    }

    /**
     * Adds to {@code pairs} the word pairs of {@code pattern}'s spoken phrasings ({@link #spokenPhrasings}), with
     * {@code <s>} before a phrasing's first word and {@code </s>} after its last; pairs across a wildcard or a number
     * are left out. The pattern is read once ({@link SpokenPairWalk}), so a pattern of thousands of phrasings costs
     * what its text does.
     *
     * @throws IllegalArgumentException as {@link #expand}
     */
    public static void spokenWordPairs(String pattern, Map<String, Set<String>> pairs) {
        PhrasePattern parser = new PhrasePattern(asSpoken(pattern));
        SpokenPairWalk walk = new SpokenPairWalk(pairs);
        Set<SpokenPairWalk.State> ends = parser.walkSequence(Set.of(SpokenPairWalk.BEGIN), walk);
        if (parser.pos < parser.pattern.length()) {
            throw parser.error("unexpected '" + parser.pattern.charAt(parser.pos) + "'");
        }
        ends.forEach(walk::end);
    }

    private static String asSpoken(String pattern) {
        return pattern.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** A pattern word as a recognizer spells it: letters, digits and apostrophes (wildcards kept). */
    private static String spoken(String token) {
        return SPOKEN.computeIfAbsent(token, t -> t.replaceAll("[^\\p{L}\\p{N}'*#]", ""));
    }

    /** True when {@code text} uses pattern syntax (alternatives, options or wildcards), not just words. */
    public static boolean isPattern(String text) {
        return text.chars().anyMatch(c -> c == '(' || c == '[' || c == '|' || c == '*' || c == '#');
    }

    /** Each pattern word normalized on its own (cached: a library repeats a few hundred words many times). */
    private static List<String> normalize(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w.equals(ANY) || w.equals(NUMBER)) {
                out.add(w);
            } else {
                out.addAll(NORMALIZED.computeIfAbsent(w, SpokenText::words));
            }
        }
        return out;
    }

    private static final Map<String, List<String>> NORMALIZED = new ConcurrentHashMap<>();
    /** Each pattern word as a recognizer spells it (cached as {@link #NORMALIZED} is). */
    private static final Map<String, String> SPOKEN = new ConcurrentHashMap<>();

    /** sequence := item* ; stops at '|', ')', ']' or the end. */
    private List<List<String>> sequence() {
        List<List<String>> acc = new ArrayList<>();
        acc.add(List.of());
        while (true) {
            skipSpaces();
            if (pos >= pattern.length()) {
                return acc;
            }
            char c = pattern.charAt(pos);
            List<List<String>> item;
            if (c == '(' || c == '[') {
                pos++;
                item = alternatives(c == '(' ? ')' : ']');
                if (c == '[') {
                    item.add(0, List.of());
                }
            } else if (c == '|' || c == ')' || c == ']') {
                return acc;
            } else {
                item = List.of(List.of(word()));
            }
            acc = product(acc, item);
        }
    }

    private List<List<String>> alternatives(char close) {
        int open = pos - 1;
        List<List<String>> all = new ArrayList<>(sequence());
        while (pos < pattern.length() && pattern.charAt(pos) == '|') {
            pos++;
            all.addAll(sequence());
        }
        if (pos >= pattern.length() || pattern.charAt(pos) != close) {
            pos = open;
            throw error("'" + pattern.charAt(open) + "' is never closed");
        }
        pos++;
        return all;
    }

    /** As {@link #sequence}, carrying the states of a {@link SpokenPairWalk} instead of the phrasings. */
    private Set<SpokenPairWalk.State> walkSequence(Set<SpokenPairWalk.State> in, SpokenPairWalk walk) {
        Set<SpokenPairWalk.State> acc = in;
        while (true) {
            skipSpaces();
            if (pos >= pattern.length()) {
                return acc;
            }
            char c = pattern.charAt(pos);
            if (c == '(' || c == '[') {
                int open = pos++;
                Set<SpokenPairWalk.State> next = new HashSet<>(walkSequence(acc, walk));
                while (pos < pattern.length() && pattern.charAt(pos) == '|') {
                    pos++;
                    next.addAll(walkSequence(acc, walk));
                }
                if (pos >= pattern.length() || pattern.charAt(pos) != (c == '(' ? ')' : ']')) {
                    pos = open;
                    throw error("'" + c + "' is never closed");
                }
                pos++;
                if (c == '[') {
                    next.addAll(acc);
                }
                acc = next;
            } else if (c == '|' || c == ')' || c == ']') {
                return acc;
            } else {
                String token = spoken(word());
                Set<SpokenPairWalk.State> next = new HashSet<>();
                acc.forEach(state -> next.add(walk.read(state, token)));
                acc = next;
            }
        }
    }

    private String word() {
        int start = pos;
        while (pos < pattern.length() && " \t()[]|".indexOf(pattern.charAt(pos)) < 0) {
            pos++;
        }
        return pattern.substring(start, pos);
    }

    private List<List<String>> product(List<List<String>> left, List<List<String>> right) {
        if ((long) left.size() * right.size() > MAX_PHRASINGS) {
            throw error("stands for more than " + MAX_PHRASINGS + " phrasings; split it");
        }
        List<List<String>> out = new ArrayList<>(left.size() * right.size());
        for (List<String> l : left) {
            for (List<String> r : right) {
                List<String> joined = new ArrayList<>(l.size() + r.size());
                joined.addAll(l);
                joined.addAll(r);
                out.add(joined);
            }
        }
        return out;
    }

    private void skipSpaces() {
        while (pos < pattern.length() && Character.isWhitespace(pattern.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("phrase pattern \"" + pattern + "\", column " + (pos + 1) + ": " + message);
    }
}
