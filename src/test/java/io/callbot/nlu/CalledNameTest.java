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
