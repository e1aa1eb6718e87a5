package io.callbot.nlu;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The phrases a constrained recognizer pass is given for one listening state: whole phrasings, then every word the
 * matcher may look for, spelled as a recognizer hears it (digits back to number words). Words no caller says
 * ({@code [unk]}, {@link CalledName#WORD}) are left out.
 */
final class StateGrammar {

    private StateGrammar() {
    }

    static List<String> of(Collection<String> phrases, Collection<String> words) {
        Set<String> entries = new LinkedHashSet<>();
        phrases.stream().map(StateGrammar::spokenPhrase).forEach(entries::add);
        words.stream().map(StateGrammar::spokenForm).forEach(entries::add);
        return entries.stream().filter(e -> !e.isEmpty() && !e.contains(Utterance.UNK)
                        && !SpokenText.words(e).contains(CalledName.WORD))
                .map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /**
     * A phrase with its numbers spelled ("100 percent" is "one hundred percent"): a recognizer's vocabulary has no
     * digits, so a phrase written with them would be left out of the grammar.
     */
    private static String spokenPhrase(String phrase) {
        return String.join(" ", Arrays.stream(phrase.split(" ", -1)).map(StateGrammar::spokenForm).toList());
    }

    /** Digits back to number words: the matcher reads "5", a recognizer hears "five". */
    private static String spokenForm(String word) {
        return !word.isEmpty() && word.length() < 10 && word.chars().allMatch(Character::isDigit)
                ? NumberWords.toWords(Long.parseLong(word)) : word;
    }
}
