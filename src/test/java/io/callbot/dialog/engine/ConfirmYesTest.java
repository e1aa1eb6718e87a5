package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A yes heard only in part is asked about ("was that a yes?"), never taken: a clear answer to the question decides, as
 * it would have decided the state's question, and so does a second yes heard in part.
 */
@Tag("unit")
class ConfirmYesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                         | steps                                                                      | path end            | outcome (- none) | do-not-call
        yes then blurred words, confirmed by yes       | answer / done / say:yeah purple elephant / done / say:yes / done           | offer confirm       | -              | false
        confirmed by a longer yes                      | answer / done / say:sure purple elephant / done / say:yes please / done    | offer confirm       | -              | false
        confirmed by the yes key                       | answer / done / say:yeah purple elephant / done / key:1 / done             | offer confirm       | -              | false
        denied: the state's no                         | answer / done / say:yeah purple elephant / done / say:no / done            | offer goodbye       | not_interested | false
        answered with an opt-out                       | answer / done / say:yeah purple elephant / done / say:stop calling me / done | offer opt_out     | opted_out      | true
        silence, then yes                              | answer / done / say:yeah purple elephant / done / silence / done / say:yes / done | offer confirm | -             | false
        a second yes heard in part is taken            | answer / done / say:yeah purple elephant / done / say:okay green door / done | offer confirm | - | false
        confirmed by a yes the passes disagree on      | answer / done / say:yeah purple elephant / done / two:here~yeah / done     | offer confirm       | -              | false
        a no the passes disagree on is no yes          | answer / done / say:yeah purple elephant / done / two:here~no / done / say:no / done | offer goodbye | not_interested | false
        passes disagree on a yes, nothing else clear   | answer / done / two:[unk] friday~definitely / done / say:yes / done        | offer confirm       | -              | false
        """)
    void aYesHeardInPartIsAskedAbout(String name, String steps, String pathEnd, String outcome, boolean doNotCall) {
        Dialog dialog = DialogTransitionsTest.dialog();
        CallScript script = new CallScript(dialog);
        script.run(steps);
        assertThat(dialog.statePath()).endsWith(pathEnd.split(" "));
        assertThat(dialog.outcome()).isEqualTo(outcome.equals("-") ? Optional.empty()
                : Optional.of(outcome));
        assertThat(dialog.doNotCall()).isEqualTo(doNotCall);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                  | what the caller said
        a question after the yes                | yeah how long is it good for
        an auxiliary right after the yes        | sure thing can it be used in store
        a yes qualified                         | sure but purple elephant
        a negator after the yes                 | yeah I can't purple elephant
        a yes that is not the first word        | purple elephant yeah
        """)
    void otherAnswersAreAskedAgainNotConfirmed(String name, String said) {
        Dialog dialog = DialogTransitionsTest.dialog();
        CallScript script = new CallScript(dialog);
        script.run("answer / done");
        assertThat(DialogTransitionsTest.play(script.step("say:" + said)).text())
                .isNotEqualTo(DialogSettings.DEFAULT_CONFIRM_YES);
    }

    /** Before the question was asked, no yes heard in part is taken: blurred words after it, or passes that disagree. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        say:yeah purple elephant
        two:here~yeah
        """)
    void neverTakenAsAYesUnasked(String answer) {
        Dialog dialog = DialogTransitionsTest.dialog();
        CallScript script = new CallScript(dialog);
        script.run("answer / done");
        Action.Play ask = DialogTransitionsTest.play(script.step(answer));
        assertThat(ask.text()).isEqualTo(DialogSettings.DEFAULT_CONFIRM_YES);
        assertThat(ask.interruptible()).isTrue();
        assertThat(dialog.currentState()).isEqualTo("offer");
        assertThat(dialog.outcome()).isEmpty();
    }

    @Test
    void aSecondYesTakenInPartIsTranscribedAsTheYes() {
        Dialog dialog = DialogTransitionsTest.dialog();
        new CallScript(dialog).run("answer / done / say:yeah purple elephant / done / two:here~yeah / done");
        List<TranscriptEntry> caller = dialog.transcript().stream()
                .filter(e -> e.speaker() == TranscriptEntry.Speaker.CALLER).toList();
        assertThat(caller).extracting(TranscriptEntry::intent).containsExactly(null, "yes");
    }

    @Test
    void twoUnclearAnswersAskTheStatesQuestionAgain() {
        Dialog dialog = DialogTransitionsTest.dialog();
        CallScript script = new CallScript(dialog);
        script.run("answer / done / say:yeah purple elephant / done");
        assertThat(DialogTransitionsTest.play(script.step("say:green door")).text())
                .isEqualTo(DialogSettings.DEFAULT_CONFIRM_YES + " If it was, you can also press 1.");
        script.step("done");
        assertThat(DialogTransitionsTest.play(script.step("say:green door")).text())
                .isEqualTo("Sorry, please say yes or no.");
        assertThat(dialog.currentState()).isEqualTo("offer");
    }

    @Test
    void theSecondAskingNamesTheYesKeyAndTheKeyIsTaken() {
        Dialog dialog = DialogTransitionsTest.dialog();
        CallScript script = new CallScript(dialog);
        script.run("answer / done / say:yeah purple elephant / done");
        assertThat(DialogTransitionsTest.play(script.step("silence")).text()).endsWith("you can also press 1.");
        script.run("done / key:1 / done");
        assertThat(dialog.statePath()).endsWith("offer", "confirm");
    }

    @Test
    void theQuestionIsTheEnginesOrTheCampaigns() {
        CallScript script = Fixtures.salesDialogAsking(null, "was that a yes?");
        assertThat(DialogTransitionsTest.play(script.step("say:yeah purple elephant")).text())
                .endsWith(", was that a yes?");
        script.step("done");
        assertThat(DialogTransitionsTest.play(script.step("say:green door")).text())
                .as("the campaign's own wording is never added to").endsWith(", was that a yes?");
    }
}
