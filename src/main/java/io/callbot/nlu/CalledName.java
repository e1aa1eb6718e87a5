package io.callbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The name of the person a call asks for, so that the intent library can read what callers say about them ("who's
 * Maria?", "Maria's not home", "I'm not Maria", "there's no Maria here") without knowing the name: {@link #mark}
 * writes the name's words, where heard, as the one word {@link #WORD} that the library's phrasings use. Immutable.
 */
public final class CalledName {

    /** The word the library's phrasings use for the called person's name; no caller says it. */
    public static final String WORD = "namecalled";
    /** A call with no name to listen for. */
    public static final CalledName NONE = new CalledName(Set.of());

    private final Set<String> words;

    private CalledName(Set<String> words) {
        this.words = words;
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
            if (said.stream().noneMatch(words::contains)) {
                marked.add(h);
                continue;
            }
            List<String> out = new ArrayList<>(said.size());
            for (String w : said) {
                boolean name = words.contains(w);
                if (!name || out.isEmpty() || !out.get(out.size() - 1).equals(WORD)) {
                    out.add(name ? WORD : w);
                }
            }
            marked.add(new Hypothesis(String.join(" ", out), h.confidence(), h.source()));
        }
        return marked;
    }
}
