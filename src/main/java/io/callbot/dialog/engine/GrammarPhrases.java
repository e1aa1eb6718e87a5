package io.callbot.dialog.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/** Prepares intent phrases for a grammar-mode recognizer: lower case, letters, digits, apostrophes and single spaces. */
final class GrammarPhrases {

    private static final Pattern NOT_SPELLABLE = Pattern.compile("[^\\p{L}\\p{N}' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private GrammarPhrases() {
    }

    static String clean(String phrase) {
        String spelled = NOT_SPELLABLE.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return SPACES.matcher(spelled).replaceAll(" ").trim();
    }
}
