package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Opt-out words heard in part are confirmed, never just reprompted: the asymmetric safety of the dialog. */
@Tag("unit")
class ConfirmOptOutTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                    | steps                                                                 | path end                 | outcome          | do-not-call
        partial words, confirmed by yes           | answer / done / say:stop / done / say:yes / done                      | offer opt_out            | opted_out        | true
        partial words, confirmed by more words    | answer / done / say:remove [unk] / done / say:just remove me / done   | offer opt_out            | opted_out        | true
        partial words, confirmed by the key       | answer / done / say:calling me / done / key:1 / done                  | offer opt_out            | opted_out        | true
        partial words, denied: back to the question | answer / done / say:stop / done / say:no / done / say:yes / key:1 / done | offer confirm thanks | interested       | false
        partial words beside a no, denied: the no   | answer / done / say:no thanks stop / done / say:no / done       | offer goodbye            | not_interested   | false
        partial words beside a yes, denied: asked again, never a yes | answer / done / say:yes stop / done / say:no / done / say:no / done | offer goodbye | not_interested | false
        partial words, a yes one pass heard: opted out | answer / done / say:stop / done / two:us~yeah / done      | offer opt_out            | opted_out        | true
        partial words, a yes only the grammar heard: opted out | answer / done / say:stop / done / two:yes~waves / done | offer opt_out      | opted_out        | true
        partial words, passes split yes / no: asked again | answer / done / say:stop / done / two:no~yeah / done / say:no / done / say:no / done | offer goodbye | not_interested | false
        partial words, unclear twice: opted out   | answer / done / say:stop / done / say:purple / done / say:green / done | offer opt_out           | opted_out        | true
        partial words, silence twice: opted out   | answer / done / say:stop / done / silence / done / silence / done     | offer opt_out            | opted_out        | true
        "call me again", nothing after it: asked, yes | answer / done / say:call me again / done / say:yes / done       | offer opt_out            | opted_out        | true
        "call me again", nothing after it: asked, no, the callback | answer / done / say:call me again / done / say:no / done | offer callback  | callback_requested | false
        "call me again" with a time: the callback | answer / done / say:call me again tomorrow / done                     | offer callback           | callback_requested | false
        clear opt-out needs no confirmation       | answer / done / say:take me off your list / done                      | offer opt_out            | opted_out        | true
        clear opt-out at low confidence           | answer / done / low:please stop calling me / done                     | offer opt_out            | opted_out        | true
        second pass hears the opt-out             | answer / done / two:stop [unk]~stop calling my number / done          | offer opt_out            | opted_out        | true
        second pass hears a plain no              | answer / done / two:nope friday~no thank you / done                   | offer goodbye            | not_interested   | false
        passes disagree on yes: asked again       | answer / done / two:nope friday~definitely / done / say:no / done     | offer goodbye            | not_interested   | false
        opt-out only in a next-best reading: asked | answer / done / two:remote [unk]~remote me~remove me / done / say:yes / done | offer opt_out    | opted_out        | true
        next-best opt-out, denied: back to the question | answer / done / two:sure~sure~stop calling / done / say:no / done / say:no / done | offer goodbye | not_interested | false
        next-best readings never make a yes       | answer / done / two:[unk]~purple~yes / done / say:no / done            | offer goodbye            | not_interested   | false
        """)
    void confirmsPartialOptOuts(String name, String steps, String pathEnd, String outcome, boolean doNotCall) {
        Dialog dialog = DialogTransitionsTest.dialog();
        CallScript script = new CallScript(dialog);
        script.run(steps);
        assertThat(dialog.statePath()).endsWith(pathEnd.split(" "));
        assertThat(dialog.outcome()).contains(outcome);
        assertThat(dialog.doNotCall()).isEqualTo(doNotCall);
        assertThat(script.of(Action.MarkDoNotCall.class)).hasSize(doNotCall ? 1 : 0);
    }

    @Test
    void theQuestionIsTheEnginesOrTheCampaigns() {
        Dialog dialog = DialogTransitionsTest.dialog();
        CallScript script = new CallScript(dialog);
        script.run("answer / done");
        Action.Play ask = DialogTransitionsTest.play(script.step("say:stop"));
        assertThat(ask.text()).isEqualTo(DialogSettings.DEFAULT_CONFIRM_OPT_OUT);
        assertThat(ask.interruptible()).isTrue();
        Action.Listen listen = script.of(Action.Listen.class).get(script.of(Action.Listen.class).size() - 1);
        assertThat(listen.expectedIntents()).containsExactly("yes", "no", "opt_out");
        assertThat(listen.grammar()).contains("yes", "no", "stop calling me");

        CallScript s2 = Fixtures.salesDialogAsking("shall we stop calling?", null);
        assertThat(DialogTransitionsTest.play(s2.step("say:remove [unk]")).text()).endsWith(", shall we stop calling?");
    }

    @Test
    void aDeniedConfirmationAsksTheStatesQuestionAgain() {
        Dialog dialog = DialogTransitionsTest.dialog();
        CallScript script = new CallScript(dialog);
        script.run("answer / done / say:stop / done");
        List<Action> back = script.step("say:no");
        assertThat(DialogTransitionsTest.play(back).text()).isEqualTo("Would you like our new phone?");
        assertThat(dialog.currentState()).isEqualTo("offer");
    }

    @Test
    void aDeniedConfirmationFollowsTheFirstAnswerOnlyWhenItWasHeardWellEnough() {
        Dialog heard = DialogTransitionsTest.dialog();
        new CallScript(heard).run("answer / done / say:no thanks stop / done / say:no");
        assertThat(heard.statePath()).endsWith("offer", "goodbye");

        Dialog poorly = DialogTransitionsTest.dialog();
        CallScript script = new CallScript(poorly);
        script.run("answer / done");
        assertThat(DialogTransitionsTest.play(script.step("low:no thanks stop")).text())
                .isEqualTo(DialogSettings.DEFAULT_CONFIRM_OPT_OUT);
        assertThat(DialogTransitionsTest.play(script.step("say:no")).text()).isEqualTo("Would you like our new phone?");
        assertThat(poorly.currentState()).isEqualTo("offer");
    }
}
