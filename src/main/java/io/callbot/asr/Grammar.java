package io.callbot.asr;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Vosk grammar built from a listening state's phrases; an immutable value.
 *
 * @param phrases the usable phrases, normalized, each mapped to the phrase as the dialog spelled it
 * @param dropped phrases left out because they contain words the model does not know
 * @param unknownWords those words
 * @param words the words of the usable phrases besides the fillers; kept here so that each listen need not split
 *     every phrase again
 * @param json the grammar as Vosk takes it: the usable phrases, their words, the fillers and {@code [unk]}, then the
 *     whole answers again: the phrases of two words or more and the one-word answers
 *     ({@link GrammarBuilder#PHRASE_WEIGHT}: Vosk counts each entry)
 */
record Grammar(Map<String, String> phrases, List<String> dropped, Set<String> unknownWords, Set<String> words,
        String json) {

    boolean usable() {
        return !phrases.isEmpty();
    }
}
