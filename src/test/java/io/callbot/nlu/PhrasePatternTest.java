package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
