package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.Message;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answering machines under each campaign policy, with the verdict before or after the answer. */
@Tag("unit")
class AnsweringMachineTest {

    static Dialog dialog(MachinePolicy policy, DialogSpec spec) {
        return new Dialog(spec, Fixtures.context(Fixtures.customer(Set.of(), Map.of())),
                DialogSettings.defaults().withMachinePolicy(policy), Fixtures.clock());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # policy        | steps                                                  | path                 | outcome              | end
        HANG_UP         | machine / answer                                       | voicemail            | answering_machine    | ANSWERING_MACHINE
        HANG_UP         | answer / machine                                       | disclosure voicemail | answering_machine    | ANSWERING_MACHINE
        HANG_UP         | human / answer / hangup                                | disclosure           | hung_up_in_disclosure | CALLER_HUNG_UP
        HANG_UP         | answer / say:hi you have reached ada please leave a message / machine | disclosure voicemail | answering_machine | ANSWERING_MACHINE
        LEAVE_MESSAGE   | machine / answer / say:hi you reached Ada leave a message / beep / done | voicemail | voicemail_left | VOICEMAIL_LEFT
        LEAVE_MESSAGE   | answer / machine / silence / done                      | disclosure voicemail | voicemail_left       | VOICEMAIL_LEFT
        LEAVE_MESSAGE   | machine / answer / beep / hangup                       | voicemail            | hung_up_in_voicemail | CALLER_HUNG_UP
        LEAVE_MESSAGE   | answer / done / say:no / machine / done                | disclosure route offer goodbye | not_interested | COMPLETED
        TREAT_AS_HUMAN  | machine / answer / done / say:no / done                | disclosure route offer goodbye | not_interested | COMPLETED
        """)
    void followsThePolicy(MachinePolicy policy, String steps, String path, String outcome, Action.EndReason end) {
        Dialog dialog = dialog(policy, Fixtures.salesDialog());
        new CallScript(dialog).run(steps);
        assertThat(dialog.statePath()).containsExactly(path.split(" "));
        assertThat(dialog.outcome()).contains(outcome);
        assertThat(dialog.endReason()).contains(end);
    }

    @org.junit.jupiter.api.Test
    void leavesTheCampaignsMessageAfterTheBeepWithoutBeingInterrupted() {
        Dialog dialog = dialog(MachinePolicy.LEAVE_MESSAGE, Fixtures.salesDialog());
        CallScript script = new CallScript(dialog);
        List<Action> start = script.run("machine / answer");
        assertThat(start).singleElement().isInstanceOf(Action.Listen.class);
        assertThat(script.step("say:please leave a message after the tone")).isEmpty();
        Action.Play message = DialogTransitionsTest.play(script.step("beep"));
        assertThat(message.interruptible()).isFalse();
        assertThat(message.text())
                .isEqualTo("Hi Ada, this is Acme about your new phone offer. Call us back any time.");
        assertThat(script.step("barge")).isEmpty();
        // a message machine's words are no opt-out the robot must act on over its own message
        assertThat(script.step("say:please stop calling me")).isEmpty();
        assertThat(script.step("done")).containsExactly(new Action.SetOutcome("voicemail_left"), new Action.Hangup(),
                new Action.EndCall(Action.EndReason.VOICEMAIL_LEFT));
    }

    @org.junit.jupiter.api.Test
    void aMachineDetectedMidPromptStopsItAndHangsUp() {
        Dialog dialog = dialog(MachinePolicy.HANG_UP, Fixtures.salesDialog());
        CallScript script = new CallScript(dialog);
        Action.Play first = DialogTransitionsTest.play(script.step("answer"));
        assertThat(script.step("machine")).containsExactly(new Action.StopPlayback(first.playId()),
                new Action.SetOutcome("answering_machine"), new Action.Hangup(),
                new Action.EndCall(Action.EndReason.ANSWERING_MACHINE));
    }

    @org.junit.jupiter.api.Test
    void leaveMessageWithoutAVoicemailMessageHangsUp() {
        DialogSpec base = Fixtures.salesDialog();
        DialogSpec silent = new DialogSpec(base.start(), base.states(), base.globals(), base.noInput(),
                base.noMatch(), Message.NONE);
        Dialog dialog = dialog(MachinePolicy.LEAVE_MESSAGE, silent);
        assertThat(new CallScript(dialog).run("machine / answer")).containsExactly(
                new Action.SetOutcome("answering_machine"), new Action.Hangup(),
                new Action.EndCall(Action.EndReason.ANSWERING_MACHINE));
    }
}
