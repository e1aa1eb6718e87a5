package io.callbot.dialog.engine;

import java.util.Locale;

/** Prepares intent phrases for a grammar-mode recognizer: lower case, letters, digits, apostrophes and single spaces. */
final class GrammarPhrases {

    private GrammarPhrases() {
    }

    static String clean(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").trim();
    }
}
