package io.callbot.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.asr.Expectation;
import io.callbot.asr.SecondPassRule;
import io.callbot.dialog.engine.Action;
import io.callbot.nlu.CandidateIntent;
import io.callbot.nlu.IntentLibrary;
import io.callbot.nlu.IntentSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ListenExpectationTest {

    private static final IntentSet YES_NO = IntentLibrary.english().compile(List.of(
            new CandidateIntent("yes", "yes", List.of()), new CandidateIntent("no", "no", List.of())));

    @Test
    void aGrammarListenChecksUnsureTurnsFreeFormAndDoesNotEndEarlyOnAShortYes() {
        Expectation e = ListenExpectation.of(new Action.Listen(List.of("yes", "no"), YES_NO.grammar(),
                Duration.ofSeconds(5), false, YES_NO));

        assertThat(e.freeForm()).isFalse();
        assertThat(e.secondPass()).isNotEqualTo(SecondPassRule.NEVER);
        assertThat(e.mayGoOn()).contains("yes", "yeah", "yes please").doesNotContain("no", "no thanks");
        assertThat(e.oneWordAnswers()).isEqualTo(YES_NO.oneWordAnswers()).contains("yes", "no");
    }

    @Test
    void aListenWithoutUnderstandingEndsEarlyOnAnyExpectedPhrase() {
        Expectation e = ListenExpectation.of(new Action.Listen(List.of(), List.of("yes", "no"), Duration.ofSeconds(5),
                false, null));

        assertThat(e.mayGoOn()).isEmpty();
        assertThat(e.oneWordAnswers()).isEmpty();
    }
}
