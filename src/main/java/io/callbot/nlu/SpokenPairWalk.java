package io.callbot.nlu;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word pairs of a pattern's spoken phrasings ({@link PhrasePattern#spokenPhrasings}), found without listing the
 * phrasings: {@link PhrasePattern#spokenWordPairs} walks the pattern once, carrying the {@link State}s a phrasing can
 * be in, and this says how a state reads a word and which pairs it adds. A pair is added only once the word after it
 * is known, because a joined suffix ("(mom|dad)'s") still changes the last word. Adds to a caller's map; not
 * thread-safe.
 */
final class SpokenPairWalk {

    static final String START = "<s>";
    static final String END = "</s>";

    /**
     * Where a phrasing is: its last word ({@code null}: none yet) and the word before it ({@code null}: a wildcard or
     * number, which pairs with nothing; {@link #START} when the last word is the first).
     */
    record State(String before, String last) {
    }

    static final State BEGIN = new State(START, null);

    private final Map<String, Set<String>> pairs;

    SpokenPairWalk(Map<String, Set<String>> pairs) {
        this.pairs = pairs;
    }

    /** The state after {@code word} (spelled as a recognizer hears it; empty: a token with nothing to say). */
    State read(State state, String word) {
        if (word.isEmpty()) {
            return state;
        }
        if (state.last() == null) {
            return new State(state.before(), word);
        }
        if (word.startsWith("'")) {
            return new State(state.before(), state.last() + word);
        }
        add(state.before(), state.last());
        return new State(isWildcard(state.last()) ? null : state.last(), word);
    }

    /** Adds the pairs that end a phrasing in {@code state}. */
    void end(State state) {
        if (state.last() == null) {
            add(state.before(), END);
            return;
        }
        add(state.before(), state.last());
        if (!isWildcard(state.last())) {
            add(state.last(), END);
        }
    }

    private void add(String first, String second) {
        if (first != null && !isWildcard(second)) {
            pairs.computeIfAbsent(first, k -> new TreeSet<>()).add(second);
        }
    }

    private static boolean isWildcard(String word) {
        return word.equals(PhrasePattern.ANY) || word.equals(PhrasePattern.NUMBER);
    }
}
