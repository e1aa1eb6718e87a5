package io.callbot.asr;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one listen expects, normalized once: its phrases (each mapped to the phrase as the dialog spelled it), those
 * that may go on and so end no turn early ({@link Expectation#mayGoOn()}), and the words of the grammar's phrases
 * besides its fillers. Immutable.
 */
final class ExpectedPhrases {

    static final ExpectedPhrases NONE = new ExpectedPhrases(Map.of(), Set.of(), Set.of());

    private final Map<String, String> phrases;
    private final Set<String> mayGoOn;
    private final Set<String> grammarWords;

    private ExpectedPhrases(Map<String, String> phrases, Set<String> mayGoOn, Set<String> grammarWords) {
        this.phrases = phrases;
        this.mayGoOn = mayGoOn;
        this.grammarWords = grammarWords;
    }

    /** The phrases of {@code expectation} as the grammar (null when listening free-form) normalized them. */
    static ExpectedPhrases of(Expectation expectation, Grammar grammar) {
        Map<String, String> phrases = grammar != null ? grammar.phrases() : expectation.phrases().stream()
                .collect(Collectors.toUnmodifiableMap(PhraseText::normalize, p -> p, (a, b) -> a));
        return new ExpectedPhrases(phrases,
                expectation.mayGoOn().stream().map(PhraseText::normalize).collect(Collectors.toUnmodifiableSet()),
                grammar == null ? Set.of() : grammar.words());
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** The expected phrase {@code text} is, as the dialog spelled it. */
    Optional<String> matched(String text) {
        return Optional.ofNullable(phrases.get(PhraseText.normalize(text)));
    }

    /** The words of the expected phrase {@code text} is, when it ends a turn early; 0 otherwise. */
    int endingWords(String text) {
        String phrase = PhraseText.normalize(text);
        return phrases.containsKey(phrase) && !mayGoOn.contains(phrase) ? PhraseText.words(phrase).size() : 0;
    }

    /** Whether {@code text} holds a word of the grammar's phrases that is not a filler. */
    boolean hasGrammarWord(String text) {
        return PhraseText.words(text).stream().anyMatch(grammarWords::contains);
    }
}
