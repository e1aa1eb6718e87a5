package io.callbot.asr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds Vosk grammars from phrases, leaving out (and reporting) phrases with words the model does not know, since
 * Vosk would silently drop just those words and so recognize a different phrase. Besides the phrases, a grammar
 * holds each of their words on its own and a few everyday filler words: callers wrap the expected phrase in a
 * sentence ("please remove me from your list", "can I talk to a person"), and with only whole phrases and
 * {@code [unk]} the decoder bends those sentences into the wrong words; measured on synthesized answers, this
 * halves the misheard ones.
 *
 * <p>Vosk does not take the list as equally likely alternatives: it estimates a bigram language model from it, each
 * entry one sentence, so an entry listed k times counts k times. A library's grammar lists thousands of lone words
 * (so that it can spell every phrasing) beside a hundred or so whole answers; counted once each, the words swamp the
 * answers, and a short answer ("stop calling", "not now") loses even to the empty reading. So every phrase of two
 * words or more is listed {@link #PHRASE_WEIGHT} times, and so is every phrase of one word the expectation names a
 * whole answer ("yes", "nope", "unsubscribe"). Immutable and thread-safe.
 */
final class GrammarBuilder {

    static final String UNKNOWN = "[unk]";
    /** Words callers put around their answers; only those the model knows are used. */
    static final List<String> FILLERS = List.of("please", "just", "i", "you", "me", "the", "a", "and", "so",
            "well", "thanks", "thank", "would", "like", "to", "it", "that", "can", "from", "your", "my", "um", "oh");
    /**
     * How many times a whole answer (a phrase of two words or more, or of one word named an answer) counts in the
     * grammar's language model, a word listed only to spell answers once.
     * Measured on the dev split in two voices never used for fitting (espeak:en-us+Annie, +Michael; 638 turns):
     * 1 gave 64.9 %, opt-outs 83 of 92, false yes 4; 5 gave 66.3 %, 85, 2; 20 gave 66.5 %, 85, 3.
     */
    static final int PHRASE_WEIGHT = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<ModelVocabulary> vocabulary;

    GrammarBuilder(Optional<ModelVocabulary> vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A grammar in which no phrase of one word is weighed as a whole answer. */
    Grammar build(Collection<String> phrases) {
        return build(phrases, Set.of());
    }

    /**
     * A grammar of {@code phrases}; those of {@code oneWordAnswers} among them weigh as whole answers, the phrases of
     * one word besides them once (they are there to spell longer answers).
     */
    Grammar build(Collection<String> phrases, Set<String> oneWordAnswers) {
        Set<String> answerWords = new LinkedHashSet<>();
        oneWordAnswers.forEach(a -> answerWords.add(PhraseText.normalize(a)));
        Map<String, String> usable = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        for (String phrase : phrases) {
            String normalized = PhraseText.normalize(phrase);
            Set<String> missing = unknownWords(normalized);
            if (normalized.isEmpty() || !missing.isEmpty()) {
                dropped.add(phrase);
                unknown.addAll(missing);
            } else {
                usable.putIfAbsent(normalized, phrase);
            }
        }
        Set<String> phraseWords = new LinkedHashSet<>();
        List<String> weighed = new ArrayList<>();
        for (String phrase : usable.keySet()) {
            List<String> words = PhraseText.words(phrase);
            phraseWords.addAll(words);
            if (words.size() > 1 || answerWords.contains(phrase)) {
                weighed.add(phrase);
            }
        }
        Set<String> entries = new LinkedHashSet<>(usable.keySet());
        if (!usable.isEmpty()) {
            entries.addAll(phraseWords);
            FILLERS.stream().filter(w -> unknownWords(w).isEmpty()).forEach(entries::add);
        }
        entries.add(UNKNOWN);
        List<String> listed = new ArrayList<>(entries);
        for (int k = 1; k < PHRASE_WEIGHT; k++) {
            listed.addAll(weighed);
        }
        FILLERS.forEach(phraseWords::remove);
        return new Grammar(Map.copyOf(usable), List.copyOf(dropped), Set.copyOf(unknown), Set.copyOf(phraseWords),
                toJson(listed));
    }

    /** Words of the phrases the model does not know (empty when the vocabulary could not be read). */
    Set<String> unknownWords(Collection<String> phrases) {
        Set<String> unknown = new TreeSet<>();
        phrases.forEach(p -> unknown.addAll(unknownWords(PhraseText.normalize(p))));
        return unknown;
    }

    private Set<String> unknownWords(String normalized) {
        Set<String> unknown = new TreeSet<>();
        if (vocabulary.isEmpty()) {
            return unknown;
        }
        for (String w : PhraseText.words(normalized)) {
            if (!vocabulary.get().contains(w)) {
                unknown.add(w);
            }
        }
        return unknown;
    }

    private static String toJson(List<String> entries) {
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
