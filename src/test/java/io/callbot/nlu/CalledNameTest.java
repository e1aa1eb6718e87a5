package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class CalledNameTest {

    @Test
    void theNameIsWrittenAsOneWordWhereHeardAndNowhereElse() {
        CalledName maria = CalledName.of("Maria", "Lopez");
        List<Hypothesis> marked = maria.mark(List.of(new Hypothesis("no maria lopez here", 0.8,
                Hypothesis.Source.GRAMMAR), new Hypothesis("Maria's not home", 0.7, Hypothesis.Source.FREE_FORM),
                new Hypothesis("wrong number", 0.9, Hypothesis.Source.ALTERNATIVE)));
        assertThat(marked).extracting(Hypothesis::text)
                .containsExactly("no namecalled here", "namecalled not home", "wrong number");
        assertThat(marked).extracting(Hypothesis::confidence).containsExactly(0.8, 0.7, 0.9);
        assertThat(marked).extracting(Hypothesis::source).containsExactly(Hypothesis.Source.GRAMMAR,
                Hypothesis.Source.FREE_FORM, Hypothesis.Source.ALTERNATIVE);
    }

    @Test
    void aPossessiveWrittenWithoutItsApostropheIsTheName() {
        CalledName maria = CalledName.of("Maria", "Lopez");
        assertThat(maria.mark(List.of(Hypothesis.text("this is marias son"))))
                .extracting(Hypothesis::text).containsExactly("this is namecalled son");
        assertThat(CalledName.of("Jo", null).mark(List.of(Hypothesis.text("jos bike"))))
                .extracting(Hypothesis::text).containsExactly("jos bike");
    }

    @Test
    void campaignPhrasesNamingThePersonAreMarkedLikeWhatTheCallerSaid() {
        CalledName maria = CalledName.of("Maria", "Lopez");
        List<CandidateIntent> candidates = List.of(
                new CandidateIntent("wrong_person", "wrong_person", List.of("not Maria", "no maria lopez here",
                        "(this is|i'm) Maria's (son|husband)", "mariachi band")),
                new CandidateIntent("yes", "yes", List.of("yes")));
        assertThat(maria.markPhrases(candidates).get(0).phrases()).containsExactly("not namecalled",
                "no namecalled here", "(this is|i'm) namecalled (son|husband)", "mariachi band");
        List<CandidateIntent> nameless = List.of(new CandidateIntent("yes", "yes", List.of("yes", "sure")));
        assertThat(maria.markPhrases(nameless)).isSameAs(nameless);
        assertThat(CalledName.NONE.markPhrases(candidates)).isSameAs(candidates);
        IntentSet set = IntentLibrary.english().compile(maria.markPhrases(List.of(
                new CandidateIntent("not_her", null, List.of("no maria here")))));
        assertThat(set.interpret(maria.mark(List.of(Hypothesis.text("no Maria here")))).intent()).isEqualTo("not_her");
    }

    @Test
    void noNameOrAnInitialMarksNothing() {
        List<Hypothesis> said = List.of(Hypothesis.text("j is not here"));
        assertThat(CalledName.NONE.mark(said)).isSameAs(said);
        assertThat(CalledName.of(null, " ").mark(said)).isSameAs(said);
        assertThat(CalledName.of("J", null).mark(said)).isSameAs(said);
    }

    @Test
    void theGrammarNeverAsksTheRecognizerForThePlaceholder() {
        IntentSet set = IntentLibrary.english().compile(List.of(new CandidateIntent("wrong_person", "wrong_person",
                List.of())));
        assertThat(set.grammar()).noneMatch(g -> g.contains(CalledName.WORD));
    }
}
