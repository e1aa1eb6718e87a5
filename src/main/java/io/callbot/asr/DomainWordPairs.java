package io.callbot.asr;

import java.util.Map;
import java.util.Set;

/**
 * The word pairs callers use in this server's answers, as the recognizer spells them ("take me off your list": take
 * me, me off, off your, your list), with {@link #START} and {@link #END} for a sentence's first and last words: what
 * the free-form pass's language model is biased towards ({@link LanguageModelBias}). An immutable value.
 *
 * @param followers each word to the words that follow it
 */
public record DomainWordPairs(Map<String, Set<String>> followers) {

    public static final String START = "<s>";
    public static final String END = "</s>";
    /** No bias: the model's language model as it ships. */
    public static final DomainWordPairs NONE = new DomainWordPairs(Map.of());

    public DomainWordPairs {
        followers = Map.copyOf(followers);
    }

    public boolean isEmpty() {
        return followers.isEmpty();
    }
}
