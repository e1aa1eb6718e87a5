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
 * halves the misheard ones. Immutable and thread-safe.
 */
final class GrammarBuilder {

    static final String UNKNOWN = "[unk]";
    /** Words callers put around their answers; only those the model knows are used. */
    static final List<String> FILLERS = List.of("please", "just", "i", "you", "me", "the", "a", "and", "so",
            "well", "thanks", "thank", "would", "like", "to", "it", "that", "can", "from", "your", "my", "um", "oh");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<ModelVocabulary> vocabulary;

    GrammarBuilder(Optional<ModelVocabulary> vocabulary) {
        this.vocabulary = vocabulary;
    }

    Grammar build(Collection<String> phrases) {
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
        Set<String> words = new LinkedHashSet<>();
        usable.keySet().forEach(p -> words.addAll(PhraseText.words(p)));
        FILLERS.forEach(words::remove);
        Set<String> entries = new LinkedHashSet<>(usable.keySet());
        if (!usable.isEmpty()) {
            usable.keySet().forEach(p -> entries.addAll(PhraseText.words(p)));
            FILLERS.stream().filter(w -> unknownWords(w).isEmpty()).forEach(entries::add);
        }
        entries.add(UNKNOWN);
        return new Grammar(Map.copyOf(usable), List.copyOf(dropped), Set.copyOf(unknown), Set.copyOf(words),
                toJson(List.copyOf(entries)));
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
