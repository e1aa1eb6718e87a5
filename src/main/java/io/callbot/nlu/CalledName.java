package io.callbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The name of the person a call asks for, so that the intent library can read what callers say about them ("who's
 * Maria?", "Maria's not home", "I'm not Maria", "there's no Maria here") without knowing the name: {@link #mark}
 * writes the name's words, where heard, as the one word {@link #WORD} that the library's phrasings use, and
 * {@link #markPhrases} does the same to a campaign's own phrases, so that a phrase naming the person ("not Maria")
 * still matches what the caller said once it is marked. Immutable.
 */
public final class CalledName {

    /** The word the library's phrasings use for the called person's name; no caller says it. */
    public static final String WORD = "namecalled";
    /** A call with no name to listen for. */
    public static final CalledName NONE = new CalledName(Set.of());

    private final Set<String> words;
    /** The name's words, and runs of them, as written in a phrase ("Maria", "maria lopez", "Maria's"); null if none. */
    private final Pattern inPhrase;

    private CalledName(Set<String> words) {
        this.words = words;
        String any = words.stream().sorted().map(Pattern::quote).collect(Collectors.joining("|"));
        this.inPhrase = words.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + any + ")(?:\\s+(?:" + any
                + "))*(?:'s|\u2019s)?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The called person's first and last name, either may be null or blank. */
    public static CalledName of(String firstName, String lastName) {
        return new CalledName(Stream.of(firstName, lastName).flatMap(n -> SpokenText.words(n).stream())
                .filter(w -> w.length() > 1 && w.chars().allMatch(Character::isLetter))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The hypotheses with the name, where heard, written as {@link #WORD} (first and last name together once). */
    public List<Hypothesis> mark(List<Hypothesis> hypotheses) {
        if (words.isEmpty()) {
            return hypotheses;
        }
        List<Hypothesis> marked = new ArrayList<>(hypotheses.size());
        for (Hypothesis h : hypotheses) {
            List<String> said = SpokenText.words(h.text());
            if (said.stream().noneMatch(this::isName)) {
                marked.add(h);
                continue;
            }
            List<String> out = new ArrayList<>(said.size());
            for (String w : said) {
                boolean name = isName(w);
                if (!name || out.isEmpty() || !out.get(out.size() - 1).equals(WORD)) {
                    out.add(name ? WORD : w);
                }
            }
            marked.add(new Hypothesis(String.join(" ", out), h.confidence(), h.source()));
        }
        return marked;
    }

    /**
     * A word of the name, or one with a possessive "s" written without its apostrophe ("this is marias son"); a
     * name of one or two letters, or one that ends in "s" already, takes no such "s".
     */
    private boolean isName(String w) {
        return words.contains(w) || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && words.contains(w.substring(0, w.length() - 1));
    }

    /**
     * The candidates with the name, where a phrase of theirs names the called person, written as {@link #WORD} as
     * {@link #mark} writes it in what the caller said: a campaign phrase "no maria here" must match the caller's
     * "no Maria here", which reaches the intent set as "no namecalled here". The same list when no phrase names the
     * person (so the compiled intent set is shared as before).
     */
    public List<CandidateIntent> markPhrases(List<CandidateIntent> candidates) {
        if (inPhrase == null || candidates.stream().flatMap(c -> c.phrases().stream())
                .noneMatch(p -> inPhrase.matcher(p).find())) {
            return candidates;
        }
        return candidates.stream().map(c -> new CandidateIntent(c.name(), c.library(), c.phrases().stream()
                .map(p -> inPhrase.matcher(p).replaceAll(Matcher.quoteReplacement(WORD))).toList())).toList();
    }
}
