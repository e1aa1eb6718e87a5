package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Barge-in on interruptible prompts stops them; on a mandatory (non-interruptible) prompt it is ignored. */
@Tag("unit")
class BargeInTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # state      | tier | interruption      | stops | state after
        offer        |      | barge             | true  | offer
        offer        |      | partial:no than   | true  | offer
        offer        |      | say:no thanks     | true  | goodbye
        offer        |      | key:2             | true  | goodbye
        offer_gold   | gold | barge             | false | offer_gold
        offer_gold   | gold | partial:no than   | false | offer_gold
        offer_gold   | gold | say:no thanks     | false | offer_gold
        offer_gold   | gold | key:2             | false | offer_gold
        """)
    void interruptsOnlyInterruptiblePrompts(String state, String tier, String interruption, boolean stops,
            String stateAfter) {
        Map<String, Object> attributes = tier == null ? Map.of() : Map.of("tier", tier);
        Dialog dialog = DialogTransitionsTest.dialog(Set.of(), attributes);
        CallScript script = new CallScript(dialog);
        List<Action> entering = script.run("answer / done");
        Action.Play question = DialogTransitionsTest.play(entering.subList(1, entering.size()));
        assertThat(question.interruptible()).isEqualTo(stops);

        List<Action> reaction = script.step(interruption);

        assertThat(reaction.contains(new Action.StopPlayback(question.playId()))).isEqualTo(stops);
        assertThat(dialog.currentState()).isEqualTo(stateAfter);
        if (!stops) {
            assertThat(reaction).isEmpty();
            // the prompt plays to its end, then the robot listens
            List<Action> after = dialog.on(new Event.PlaybackFinished(question.playId()));
            assertThat(after).singleElement().isInstanceOf(Action.Listen.class);
        }
    }

    @ParameterizedTest(name = "{0} during the disclosure")
    @CsvSource({"barge", "say:hello who is this", "key:1"})
    void theMandatoryDisclosureCannotBeInterrupted(String interruption) {
        Dialog dialog = DialogTransitionsTest.dialog();
        CallScript script = new CallScript(dialog);
        script.step("answer");
        assertThat(script.step(interruption)).isEmpty();
        assertThat(dialog.currentState()).isEqualTo("disclosure");
        List<Action> next = script.step("done");
        assertThat(dialog.currentState()).isEqualTo("offer");
        assertThat(next).hasSize(2);
    }

    @org.junit.jupiter.api.Test
    void afterABargeInTheNoInputTimerRunsAndRepromptsWork() {
        Dialog dialog = DialogTransitionsTest.dialog();
        CallScript script = new CallScript(dialog);
        script.run("answer / done / barge");
        List<Action> reprompt = script.step("silence");
        assertThat(DialogTransitionsTest.play(reprompt).text()).isEqualTo("Are you still there?");
        assertThat(reprompt).hasAtLeastOneElementOfType(Action.Listen.class);
    }
}
