package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@link Dialog#possibleNextPrompts()} predicts what the robot says next: whatever the caller does in a listening
 * state, the prompt the robot then plays was in the prediction (except prompts reading {@code call.*} values).
 */
@Tag("unit")
class PossibleNextPromptsTest {

    private static List<String> texts(Dialog dialog) {
        return dialog.possibleNextPrompts().stream().map(Action.Prompt::text).toList();
    }

    @Test
    void beforeTheAnswerItIsTheStartStatesMessageForThisCustomer() {
        Dialog dialog = DialogTransitionsTest.dialog();
        assertThat(texts(dialog)).containsExactly("Hi Ada, this call is recorded.");
    }

    @Test
    void aPassingStatePredictsWhereItsBranchesLead() {
        Dialog gold = DialogTransitionsTest.dialog(Set.of(), Map.of("tier", "gold"));
        new CallScript(gold).run("answer");
        assertThat(texts(gold)).containsExactly("As a gold member you save 20 percent. Interested?");
        Dialog xiaomi = DialogTransitionsTest.dialog(Set.of("brand:xiaomi"), Map.of());
        new CallScript(xiaomi).run("answer");
        assertThat(texts(xiaomi)).containsExactly("As a Xiaomi fan, would you like the new Xiaomi 15?");
    }

    @Test
    void aListeningStatePredictsEveryReplyRenderedForTheCustomer() {
        Dialog dialog = DialogTransitionsTest.dialog();
        new CallScript(dialog).run("answer / done");
        assertThat(dialog.currentState()).isEqualTo("offer");
        assertThat(texts(dialog)).containsExactlyInAnyOrder(
                "Great. Press 1 to confirm by text, 2 for email.",
                "Okay, thanks for your time. Goodbye.",
                "Understood, we will not call you again. Goodbye.",
                "Connecting you to a colleague.",
                "Yes, I am an automated assistant calling for Acme.",
                "Would you like our new phone?",
                "Are you still there?",
                "Sorry, please say yes or no.",
                DialogSettings.defaults().notCaught(),
                DialogSettings.DEFAULT_CONFIRM_YES,
                DialogSettings.DEFAULT_CONFIRM_YES + " If it was, you can also press 1.")
                .as("the callback state's message reads call.* values, known only after the turn")
                .noneMatch(t -> t.contains("call you back"));
    }

    @Test
    void anEndedDialogPredictsNothing() {
        Dialog dialog = DialogTransitionsTest.dialog();
        new CallScript(dialog).run("answer / done / hangup");
        assertThat(dialog.possibleNextPrompts()).isEmpty();
    }

    @Test
    void whenRepromptsAreUsedUpItPredictsWhereTheyGiveUp() {
        Dialog dialog = DialogTransitionsTest.dialog();
        new CallScript(dialog).run("answer / done / done / silence / done / silence / done");
        assertThat(texts(dialog)).contains("We will try again later. Goodbye.").doesNotContain("Are you still there?");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        answer / done                          | say:yes
        answer / done                          | say:no thanks
        answer / done                          | say:stop calling me
        answer / done                          | say:I want to talk to a person
        answer / done                          | say:are you a robot
        answer / done / done                   | silence
        answer / done                          | say:what is the weather
        answer / done                          | low:yes
        answer / done                          | key:1
        answer / done / say:yes / done         | key:2
        answer / done / say:yes / done         | silence
        answer / done / done / silence / done / silence / done | silence
        answer / done / say:x / done / say:y / done            | say:z
        """)
    void whateverTheCallerDoesTheReplyWasPredicted(String before, String callerDoes) {
        Dialog dialog = DialogTransitionsTest.dialog();
        CallScript script = new CallScript(dialog);
        script.run(before);
        List<Action.Prompt> predicted = dialog.possibleNextPrompts();
        List<Action> reaction = script.step(callerDoes);
        Action.Play reply = DialogTransitionsTest.play(reaction);
        assertThat(predicted).as("after '%s' in %s", callerDoes, dialog.statePath()).containsAll(reply.pieces());
    }
}
