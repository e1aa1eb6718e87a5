package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class PhrasePatternTest {

    private static List<String> phrasings(String pattern) {
        return PhrasePattern.expand(pattern).stream().map(p -> String.join(" ", p)).toList();
    }

    @Test
    void alternativesOptionsAndWildcardsExpandInOrder() {
        assertThat(phrasings("[please] (take|get) me off [your|the] list")).containsExactly(
                "take me off list", "take me off your list", "take me off the list",
                "get me off list", "get me off your list", "get me off the list",
                "please take me off list", "please take me off your list", "please take me off the list",
                "please get me off list", "please get me off your list", "please get me off the list");
        assertThat(phrasings("there is no * here")).containsExactly("there is no * here");
        assertThat(phrasings("call me at #")).containsExactly("call me at #");
    }

    @Test
    void phrasingsAreNormalizedLikeRecognizedSpeech() {
        assertThat(phrasings("(don't|do not) call me at five")).containsExactly("do not call me at 5");
        assertThat(phrasings("I'm (in|out)")).containsExactly("i am in", "i am out");
    }

    @Test
    void spokenPhrasingsAreSpelledAsARecognizerHearsThem() {
        assertThat(PhrasePattern.spokenPhrasings("(Don't|do not) call (mom|dad)'s # [again]").stream()
                .map(p -> String.join(" ", p)).toList()).containsExactly("don't call mom's #",
                "don't call mom's # again", "don't call dad's #", "don't call dad's # again", "do not call mom's #",
                "do not call mom's # again", "do not call dad's #", "do not call dad's # again");
    }

    @Test
    void spokenWordPairsAreThoseOfTheSpokenPhrasings() {
        for (String pattern : List.of("(Don't|do not) call (mom|dad)'s # [again]", "[please] [just] (stop|quit) it",
                "'cause [i'm] (busy|*) [now|'til six]", "[a|b]", "no # (thanks|*)")) {
            Map<String, Set<String>> walked = new TreeMap<>();
            PhrasePattern.spokenWordPairs(pattern, walked);
            assertThat(walked).as(pattern).isEqualTo(pairsOf(PhrasePattern.spokenPhrasings(pattern)));
        }
        Map<String, Set<String>> pairs = new TreeMap<>();
        PhrasePattern.spokenWordPairs("(mom|dad)'s # [again]", pairs);
        assertThat(pairs).isEqualTo(Map.of("<s>", Set.of("mom's", "dad's"), "again", Set.of("</s>")));
    }

    /** The pairs of the phrasings listed one by one: what {@link PhrasePattern#spokenWordPairs} finds without. */
    private static Map<String, Set<String>> pairsOf(List<List<String>> phrasings) {
        return addPairs(phrasings, new TreeMap<>());
    }

    static Map<String, Set<String>> addPairs(List<List<String>> phrasings, Map<String, Set<String>> pairs) {
        for (List<String> words : phrasings) {
            String previous = "<s>";
            for (String w : words) {
                boolean wildcard = w.equals(PhrasePattern.ANY) || w.equals(PhrasePattern.NUMBER);
                if (previous != null && !wildcard) {
                    pairs.computeIfAbsent(previous, k -> new TreeSet<>()).add(w);
                }
                previous = wildcard ? null : w;
            }
            if (previous != null) {
                pairs.computeIfAbsent(previous, k -> new TreeSet<>()).add("</s>");
            }
        }
        return pairs;
    }

    @Test
    void spokenWordsKeepTheSpellingARecognizerNeeds() {
        assertThat(PhrasePattern.spokenWords("(don't|do not) call [me] at # (five|*)"))
                .containsExactly("don't", "do", "not", "call", "me", "at", "five");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        (take|get me off   ; column 1: '(' is never closed
        take me) off       ; column 8: unexpected ')'
        [a|b               ; column 1: '[' is never closed
        """)
    void syntaxErrorsNameTheColumn(String pattern, String message) {
        assertThatThrownBy(() -> PhrasePattern.expand(pattern)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThatThrownBy(() -> PhrasePattern.spokenWordPairs(pattern, new TreeMap<>()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aPatternThatExplodesIsRefused() {
        String twenty = "(a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t)";
        assertThatThrownBy(() -> PhrasePattern.expand(twenty + " " + twenty + " " + twenty + " " + twenty))
                .hasMessageContaining("split it");
    }

    @Test
    void patternSyntaxIsRecognized() {
        assertThat(PhrasePattern.isPattern("take me off (the|your) list")).isTrue();
        assertThat(PhrasePattern.isPattern("call me at #")).isTrue();
        assertThat(PhrasePattern.isPattern("take me off your list")).isFalse();
    }
}
