package io.callbot.dialog.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word groups treated as the same word when matching intents ("yeah" is "yes", "operator" is "person").
 * Each group's first word is its canonical form. Immutable; safe to share between threads.
 */
public record Synonyms(Map<String, String> canonical) {

    /** Groups a caller commonly uses on the phone; campaigns may add their own. */
    public static final List<List<String>> DEFAULT_GROUPS = List.of(
            List.of("yes", "yeah", "yep", "yup", "yea", "sure", "ok", "okay", "certainly", "absolutely",
                    "definitely", "alright"),
            List.of("no", "nope", "nah"),
            List.of("person", "human", "agent", "operator", "representative", "someone", "somebody", "people"),
            List.of("robot", "bot", "machine", "computer", "automated", "recording"),
            List.of("stop", "quit", "cease"));

    public Synonyms {
        canonical = Map.copyOf(canonical);
    }

    /** Synonyms built from groups of words, each group's first word canonical. */
    public static Synonyms of(List<List<String>> groups) {
        Map<String, String> map = new HashMap<>();
        for (List<String> group : groups) {
            for (String word : group) {
                map.putIfAbsent(word, group.get(0));
            }
        }
        return new Synonyms(map);
    }

    /** The default groups. */
    public static Synonyms defaults() {
        return of(DEFAULT_GROUPS);
    }

    /** The canonical form of each word. */
    List<String> canonicalize(List<String> words) {
        return words.stream().map(w -> canonical.getOrDefault(w, w)).toList();
    }
}
