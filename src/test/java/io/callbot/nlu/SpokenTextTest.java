package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class SpokenTextTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        Yes, I WANT it!                  | yes i want it
        I don't   want it.               | i do not want it
        I can't, I won't                 | i can not i will not
        call me at five thirty p.m.      | call me at 5 30 pm
        twenty one                       | 21
        five hundred                     | 500
        it's fine                        | it is fine
        ok, that's what i'm gonna do    | okay that is what i am going to do
        """)
    void normalizes(String text, String normalized) {
        assertThat(SpokenText.normalize(text)).isEqualTo(normalized);
    }

    @org.junit.jupiter.api.Test
    void blankTextHasNoWords() {
        assertThat(SpokenText.words("  ... ")).isEqualTo(List.of());
        assertThat(SpokenText.words(null)).isEmpty();
    }
}
