package io.callbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The words an intent set knows, and phonetic tolerance for the others: a recognized word the set does not know
 * stands for a known word that sounds the same (Apache commons-codec's Double Metaphone, primary or alternate
 * code) and is spelled alike (the same first letter or its voiced / voiceless twin, as a phone line blurs /k/
 * and /g/, /p/ and /b/, /t/ and /d/; then at most two edits apart), so "least" can be "list", "representive"
 * "representative" and "goals" "calls". Short words never stand for others: "no", "now" and "know" sound alike, and
 * taking one for another is how a "no" would become something else. Immutable and thread-safe.
 */
final class Lexicon {

    /** Words shorter than this are matched only as spelled. */
    static final int MIN_PHONETIC_LENGTH = 4;
    private static final int MAX_EDITS = 2;
    /** Letter pairs a narrow-band line makes hard to tell apart at a word's start, both ways round. */
    private static final Set<String> VOICING_TWINS = Set.of("cg", "gc", "kg", "gk", "ck", "kc", "pb", "bp", "td", "dt",
            "fv", "vf");

    private final Set<String> words;
    private final Map<String, List<String>> byCode = new HashMap<>();
    private final Map<String, List<String>> memo = new java.util.concurrent.ConcurrentHashMap<>();

    Lexicon(Collection<String> known) {
        this.words = Set.copyOf(new HashSet<>(known));
        DoubleMetaphone dm = new DoubleMetaphone();
        for (String w : words) {
            if (w.length() >= MIN_PHONETIC_LENGTH && w.chars().allMatch(Character::isLetter)) {
                for (String code : codes(dm, w)) {
                    byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(w);
                }
            }
        }
    }

    boolean knows(String word) {
        return words.contains(word);
    }

    Set<String> words() {
        return words;
    }

    /** The known words {@code word} may stand for: itself when known, else its sound-alikes (often none). */
    List<String> soundsLike(String word) {
        if (words.contains(word)) {
            return List.of(word);
        }
        if (word.length() < MIN_PHONETIC_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        return memo.computeIfAbsent(word, this::lookUp);
    }

    private List<String> lookUp(String word) {
        DoubleMetaphone dm = new DoubleMetaphone();
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String code : codes(dm, word)) {
            for (String known : byCode.getOrDefault(code, List.of())) {
                if (sameOnset(known.charAt(0), word.charAt(0))
                        && edits(word.charAt(0) + known.substring(1), word) <= MAX_EDITS) {
                    out.add(known);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The same first letter, or the voiced / voiceless twin of a stop or fricative ("calls" and "goals"). */
    static boolean sameOnset(char a, char b) {
        return a == b || VOICING_TWINS.contains("" + a + b);
    }

    private static Set<String> codes(DoubleMetaphone dm, String w) {
        Set<String> codes = new HashSet<>();
        codes.add(dm.doubleMetaphone(w, false));
        codes.add(dm.doubleMetaphone(w, true));
        codes.remove("");
        codes.remove(null);
        return codes;
    }

    /** Two readings of the same words, near enough: as many words (give or take one), most of them alike. */
    static boolean mostlyAlike(List<String> g, List<String> f) {
        return Math.abs(g.size() - f.size()) <= 1 && mostlyIn(g, f);
    }

    /** Whether at least half of the words {@code g} (none: false) have a word alike among {@code f}. */
    static boolean mostlyIn(List<String> g, List<String> f) {
        long alike = g.stream().filter(w -> f.stream().anyMatch(x -> alike(w, x))).count();
        return !g.isEmpty() && alike * 2 >= g.size();
    }

    /** Two heard words that may be the same spoken word: equal, one edit apart, or the same Double Metaphone code. */
    static boolean alike(String a, String b) {
        if (a.equals(b) || edits(a, b) <= 1 && Math.min(a.length(), b.length()) >= 3) {
            return true;
        }
        DoubleMetaphone dm = new DoubleMetaphone();
        return a.length() >= 3 && b.length() >= 3 && dm.isDoubleMetaphoneEqual(a, b)
                && a.charAt(0) == b.charAt(0);
    }

    /** Levenshtein distance, early exit beyond {@link #MAX_EDITS}. */
    static int edits(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MAX_EDITS) {
            return MAX_EDITS + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
