package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class LexiconTest {

    private final Lexicon lexicon = new Lexicon(List.of("list", "representative", "number", "remove", "no", "now",
            "stop", "unsubscribe", "yes", "calls", "dial"));

    @ParameterizedTest(name = "\"{0}\" may stand for {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        list            | list
        least           | list
        representive    | representative
        unsubscribed    | unsubscribe
        know            | -
        yet             | -
        remote          | -
        lumber          | -
        mist            | -
        goals           | calls
        tile            | dial
        kolls           | calls
        walls           | -
        """)
    void knownWordsAndSoundAlikesOnly(String heard, String standsFor) {
        assertThat(lexicon.soundsLike(heard)).isEqualTo(standsFor == null ? List.of() : List.of(standsFor));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        list    | least   | 2
        kitten  | sitting | 3
        same    | same    | 0
        """)
    void editDistance(String a, String b, int edits) {
        assertThat(Lexicon.edits(a, b)).isEqualTo(edits);
    }
}
