package io.callbot.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Keyword evidence of an intent that survives recognition errors around it: groups of alternative words that
 * must occur in order, each within a few words of the one before, e.g. {@code "remove|take|get|off .. list|number"}
 * (the separator {@code ..} allows up to {@value #DEFAULT_GAP} words between, {@code ..2} up to two). A word
 * ending in {@code *} matches any word starting so ({@code call*}: call, calls, calling); a form of several words
 * ({@code do not}) matches them in a row; {@code [unk]} matches a word a grammar pass could not spell. Immutable and
 * thread-safe.
 */
public final class EvidenceRule {

    static final int DEFAULT_GAP = 4;

    private final String source;
    private final List<List<List<String>>> groups;
    private final List<Integer> gaps;

    private EvidenceRule(String source, List<List<List<String>>> groups, List<Integer> gaps) {
        this.source = source;
        this.groups = groups;
        this.gaps = gaps;
    }

    /** Parses a rule; throws IllegalArgumentException naming the rule when it is empty or malformed. */
    public static EvidenceRule parse(String rule) {
        List<List<List<String>>> groups = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        String[] parts = rule.split("\\.\\.");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i > 0) {
                int digits = 0;
                while (digits < part.length() && Character.isDigit(part.charAt(digits))) {
                    digits++;
                }
                gaps.add(digits == 0 ? DEFAULT_GAP : Integer.parseInt(part.substring(0, digits)));
                part = part.substring(digits);
            }
            List<List<String>> forms = new ArrayList<>();
            for (String form : part.split("\\|")) {
                List<String> words = formWords(form.trim());
                if (!words.isEmpty()) {
                    forms.add(words);
                }
            }
            if (forms.isEmpty()) {
                throw new IllegalArgumentException("evidence rule \"" + rule + "\": group " + (i + 1) + " is empty");
            }
            groups.add(List.copyOf(forms));
        }
        return new EvidenceRule(rule, List.copyOf(groups), List.copyOf(gaps));
    }

    private static List<String> formWords(String form) {
        if (form.equals("[unk]")) {
            return List.of(Utterance.UNK);
        }
        boolean prefix = form.endsWith("*");
        List<String> words = new ArrayList<>(SpokenText.words(prefix ? form.substring(0, form.length() - 1) : form));
        if (prefix && !words.isEmpty()) {
            words.set(words.size() - 1, words.get(words.size() - 1) + "*");
        }
        return words;
    }

    /** Every whole word the rule names, for the lexicon and the grammar (prefix forms are no words). */
    List<String> words() {
        List<String> out = new ArrayList<>();
        // a prefix form ("unsubscrib*") is no word a recognizer can spell
        groups.forEach(g -> g.forEach(f -> f.stream().filter(w -> !w.endsWith("*")).forEach(out::add)));
        return out;
    }

    /**
     * Where the rule holds in {@code said}: spans [start, end) from the first word of the first group to the last
     * word of the last, earliest first, at most one per starting word.
     */
    List<int[]> find(List<String> said, Lexicon lexicon) {
        List<int[]> found = new ArrayList<>();
        for (int start = 0; start < said.size(); start++) {
            int end = matchFormAt(groups.get(0), said, start, lexicon);
            if (end < 0) {
                continue;
            }
            int at = end;
            boolean all = true;
            for (int g = 1; g < groups.size() && all; g++) {
                int next = -1;
                for (int p = at; p <= Math.min(said.size() - 1, at + gaps.get(g - 1)); p++) {
                    int e = matchFormAt(groups.get(g), said, p, lexicon);
                    if (e >= 0) {
                        next = e;
                        break;
                    }
                }
                all = next >= 0;
                at = next;
            }
            if (all) {
                found.add(new int[] {start, at});
            }
        }
        return found;
    }

    private static int matchFormAt(List<List<String>> forms, List<String> said, int at, Lexicon lexicon) {
        for (List<String> form : forms) {
            if (at + form.size() > said.size()) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < form.size() && ok; i++) {
                ok = wordMatches(form.get(i), said.get(at + i), lexicon);
            }
            if (ok) {
                return at + form.size();
            }
        }
        return -1;
    }

    private static boolean wordMatches(String form, String word, Lexicon lexicon) {
        if (form.endsWith("*")) {
            String stem = form.substring(0, form.length() - 1);
            return word.startsWith(stem) || lexicon.soundsLike(word).stream().anyMatch(w -> w.startsWith(stem));
        }
        return form.equals(word) || lexicon.soundsLike(word).contains(form);
    }

    @Override
    public String toString() {
        return source;
    }
}
