package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of a caller's words repeat the question's: as said, or with another ending of a long enough stem. */
@Tag("unit")
class QuestionTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
        switch    ; true
        switching ; true
        payment   ; true
        reserved  ; true
        reserves  ; true
        plan      ; true
        plans     ; true
        set       ; true
        settle    ; false
        sets      ; false
        swatch    ; false
        today     ; true
        monday    ; false
        """)
    void echoes(String word, boolean expected) {
        Question q = Question.of("Can I switch your plan and set up payments? I'll reserve it today.", false);
        assertThat(q.echoes(word)).isEqualTo(expected);
    }

    @Test
    void theConfirmationsQuestionKeepsTheWordsAndOnlyTurnsTheSafeAnswer() {
        Question asked = Question.of("Do you want us to stop calling you?", false);
        Question confirming = asked.withYesIsSafe(true);
        assertThat(confirming.yesIsSafe()).isTrue();
        assertThat(confirming.echoes("calling")).isTrue();
        assertThat(confirming.echoes("switch")).isFalse();
        assertThat(asked.yesIsSafe()).isFalse();
        assertThat(asked.withYesIsSafe(false)).isSameAs(asked);
    }
}
