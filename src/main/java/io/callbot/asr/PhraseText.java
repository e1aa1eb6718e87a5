package io.callbot.asr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalizes phrases and recognized text to the model's spelling (lower case words, single spaces); stateless. */
final class PhraseText {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'\\[\\]]+");

    private PhraseText() {
    }

    /** "Stop calling me!" becomes "stop calling me". */
    static String normalize(String phrase) {
        return NOT_WORD.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    static List<String> words(String phrase) {
        String n = normalize(phrase);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }
}
