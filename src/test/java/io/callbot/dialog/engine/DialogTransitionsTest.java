package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of transition of the sales dialog, as a table: caller steps in, state path / outcome / end out. */
@Tag("unit")
class DialogTransitionsTest {

    static Dialog dialog(Set<String> tags, Map<String, Object> attributes) {
        return new Dialog(Fixtures.salesDialog(), Fixtures.context(Fixtures.customer(tags, attributes)),
                DialogSettings.defaults().withOutcomes(Fixtures.outcomeEffects()), Fixtures.clock());
    }

    static Dialog dialog() {
        return dialog(Set.of(), Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                        | tags         | tier | steps                                                        | path                                               | outcome             | end
        intent yes, then key 1        |              |      | answer / done / say:yes / done / key:1 / done               | disclosure route offer confirm thanks              | interested          | COMPLETED
        intent no                     |              |      | answer / done / say:no / done                               | disclosure route offer goodbye                     | not_interested      | COMPLETED
        negated phrase                |              |      | answer / done / say:I am not interested at all / done       | disclosure route offer goodbye                     | not_interested      | COMPLETED
        a yes in the question's words |              |      | answer / done / say:sure, the new phone / done / key:1 / done | disclosure route offer confirm thanks            | interested          | COMPLETED
        the words of another question are no yes | brand:xiaomi | | answer / done / say:sure, the new phone / say:no / done | disclosure route offer_xiaomi goodbye          | not_interested      | COMPLETED
        a yes in that question's words | brand:xiaomi |     | answer / done / say:sure, the new xiaomi / done / key:1 / done | disclosure route offer_xiaomi confirm thanks  | interested          | COMPLETED
        phrase inside a sentence      |              |      | answer / done / say:well yeah sounds good to me / done / say:by email please / done | disclosure route offer confirm thanks | interested | COMPLETED
        keys only                     |              |      | answer / done / key:1 / key:2 / done                        | disclosure route offer confirm thanks              | interested          | COMPLETED
        no match reprompts then gives up |           |      | answer / done / say:purple / say:green / say:blue / done    | disclosure route offer goodbye                     | not_interested      | COMPLETED
        no match then a match         |              |      | answer / done / say:purple / say:green / say:yes / key:1 / done | disclosure route offer confirm thanks          | interested          | COMPLETED
        unknown key counts as no match |             |      | answer / done / key:7 / key:8 / key:5 / done                | disclosure route offer goodbye                     | not_interested      | COMPLETED
        low confidence counts as no match |          |      | answer / done / low:yes / low:yes / low:yes / done          | disclosure route offer goodbye                     | not_interested      | COMPLETED
        low confidence then heard     |              |      | answer / done / low:yes / say:yes / key:2 / done            | disclosure route offer confirm thanks              | interested          | COMPLETED
        no input reprompts then target |             |      | answer / done / done / silence / done / silence / done / silence / done | disclosure route offer no_answer       | no_response         | COMPLETED
        no input then an answer       |              |      | answer / done / done / silence / say:no / done              | disclosure route offer goodbye                     | not_interested      | COMPLETED
        tag branch                    | brand:xiaomi |      | answer / done / say:yes / key:1 / done                      | disclosure route offer_xiaomi confirm thanks       | interested          | COMPLETED
        attribute branch              |              | gold | answer / done / done / say:no / done                        | disclosure route offer_gold goodbye                | not_interested      | COMPLETED
        tag wins over attribute       | brand:xiaomi | gold | answer / done / say:no / done                               | disclosure route offer_xiaomi goodbye              | not_interested      | COMPLETED
        hang up in the disclosure     |              |      | answer / hangup                                             | disclosure                                         | hung_up_in_disclosure | CALLER_HUNG_UP
        opt out over the disclosure   |              |      | answer / say:please stop calling me / done                  | disclosure opt_out                                 | opted_out           | OPTED_OUT
        opt out key over the disclosure |            |      | answer / key:9 / done                                       | disclosure opt_out                                 | opted_out           | OPTED_OUT
        opt-out words in part over the disclosure: asked, yes | | | answer / say:stop / say:yes / done                    | disclosure opt_out                                 | opted_out           | OPTED_OUT
        opt-out words in part over the disclosure: asked, no, it is said again | | | answer / say:stop / say:no / done / done / say:no / done | disclosure route offer goodbye | not_interested | COMPLETED
        other words over the disclosure are let be |  |      | answer / say:hello who is this / done / done / say:no / done | disclosure route offer goodbye                   | not_interested      | COMPLETED
        the disclosure waits for the caller's words |  |     | answer / partial:hello / done / say:hello who is this / done / say:no / done | disclosure route offer goodbye  | not_interested      | COMPLETED
        an opt-out after the disclosure ended while the caller talked | | | answer / partial:stop / done / say:stop calling me / done | disclosure opt_out                    | opted_out           | OPTED_OUT
        hang up while asked           |              |      | answer / done / hangup                                      | disclosure route offer                             | hung_up_in_offer    | CALLER_HUNG_UP
        opt out over a question that may not be cut short | | gold | answer / done / say:please stop calling me / done  | disclosure route offer_gold opt_out                | opted_out           | OPTED_OUT
        opt-out words in part over it: asked |       | gold | answer / done / say:stop / done / say:yes / done           | disclosure route offer_gold opt_out                | opted_out           | OPTED_OUT
        hang up during the goodbye keeps the outcome | |    | answer / done / say:yes / key:1 / hangup                    | disclosure route offer confirm thanks              | interested          | CALLER_HUNG_UP
        opt out                       |              |      | answer / done / say:please stop calling me / done           | disclosure route offer opt_out                     | opted_out           | OPTED_OUT
        opt out hangs up early        |              |      | answer / done / say:remove me from your list / hangup       | disclosure route offer opt_out                     | opted_out           | OPTED_OUT
        agent                         |              |      | answer / done / say:can I talk to a person / done           | disclosure route offer agent                       | transferred_to_agent | TRANSFERRED
        agent by key                  |              |      | answer / done / key:0 / done                                | disclosure route offer agent                       | transferred_to_agent | TRANSFERRED
        callback                      |              |      | answer / done / say:call me tomorrow / done                 | disclosure route offer callback                    | callback_requested  | CALLBACK
        robot question resumes        |              |      | answer / done / say:are you a robot / done / say:no / done  | disclosure route offer goodbye                     | not_interested      | COMPLETED
        opt out during the goodbye    |              |      | answer / done / say:no / say:and stop calling me / done     | disclosure route offer goodbye opt_out             | opted_out           | OPTED_OUT
        opt out key during the goodbye |             |      | answer / done / say:no / key:9 / done                       | disclosure route offer goodbye opt_out             | opted_out           | OPTED_OUT
        opt out after a yes, during the thanks |     |      | answer / done / say:yes / key:1 / say:but never call me again / done | disclosure route offer confirm thanks opt_out | opted_out | OPTED_OUT
        other words during the goodbye are let be |  |      | answer / done / say:no / say:okay bye then / done           | disclosure route offer goodbye                     | not_interested      | COMPLETED
        other keys during the goodbye are let be |   |      | answer / done / say:no / key:1 / done                       | disclosure route offer goodbye                     | not_interested      | COMPLETED
        no barge-in on the goodbye    |              |      | answer / done / say:no / barge / done                       | disclosure route offer goodbye                     | not_interested      | COMPLETED
        the goodbye waits for the caller's words |   |      | answer / done / say:no / partial:stop / done / say:stop calling me / done | disclosure route offer goodbye opt_out | opted_out | OPTED_OUT
        words after the goodbye that are no opt-out end it | | | answer / done / say:no / partial:okay / done / say:okay bye then | disclosure route offer goodbye             | not_interested      | COMPLETED
        no words after the goodbye end it on no input | | | answer / done / say:no / partial:uh / done / silence           | disclosure route offer goodbye                     | not_interested      | COMPLETED
        a partial opt-out during the goodbye is asked, yes | | | answer / done / say:no / say:go away / say:yes / done   | disclosure route offer goodbye opt_out             | opted_out           | OPTED_OUT
        a partial opt-out during the goodbye is asked, no | | | answer / done / say:no / say:go away / say:no / done    | disclosure route offer goodbye                     | not_interested      | COMPLETED
        no closing listen after opting out |         |      | answer / done / say:stop calling me / say:stop calling me / done | disclosure route offer opt_out                | opted_out           | OPTED_OUT
        """)
    void followsTheScript(String name, String tags, String tier, String steps, String path, String outcome,
            Action.EndReason end) {
        Set<String> tagSet = tags == null ? Set.of() : new HashSet<>(Arrays.asList(tags.split(",")));
        Map<String, Object> attributes = new HashMap<>();
        if (tier != null) {
            attributes.put("tier", tier);
        }
        Dialog dialog = dialog(tagSet, attributes);
        CallScript script = new CallScript(dialog);
        List<Action> actions = script.run(steps);

        assertThat(dialog.statePath()).containsExactly(path.split(" "));
        assertThat(dialog.outcome()).contains(outcome);
        assertThat(dialog.ended()).isTrue();
        assertThat(dialog.endReason()).contains(end);
        assertThat(actions.get(actions.size() - 1)).isEqualTo(new Action.EndCall(end));
        assertThat(script.of(Action.EndCall.class)).hasSize(1);
    }

    @Test
    void theFirstPromptIsTheNonInterruptibleDisclosureWithTheCustomersNameHeardForAnOptOutOnly() {
        List<Action> actions = dialog().on(new Event.CallAnswered());
        assertThat(actions).hasSize(2);
        Action.Play play = (Action.Play) actions.get(0);
        assertThat(play.interruptible()).isFalse();
        assertThat(play.text()).isEqualTo("Hi Ada, this call is recorded.");
        // yes and no draw what is no opt-out, as over a closing message
        assertThat(((Action.Listen) actions.get(1)).expectedIntents()).containsExactly("yes", "no", "opt_out");
    }

    @Test
    void anInterruptibleQuestionListensWhileItPlaysWithTheGrammarOfItsIntentsAndGlobals() {
        CallScript script = new CallScript(dialog());
        script.step("answer");
        List<Action> actions = script.step("done");
        assertThat(actions).hasSize(2);
        assertThat(actions.get(0)).isInstanceOf(Action.Play.class);
        Action.Listen listen = (Action.Listen) actions.get(1);
        assertThat(listen.expectedIntents())
                .containsExactly("yes", "no", "not_interested", "opt_out", "agent", "robot", "callback");
        assertThat(listen.grammar()).contains("yes", "i want it", "not interested", "i'm not interested",
                "stop calling me", "are you a robot", "tomorrow", "five");
        assertThat(listen.noInputTimeout()).hasSeconds(4);
        assertThat(listen.freeForm()).isFalse();
    }

    @Test
    void repromptsSayTheRecoveryMessageAndLowConfidenceRepeatsTheQuestion() {
        CallScript script = new CallScript(dialog());
        script.run("answer / done");
        List<Action> noMatch = script.step("say:purple");
        assertThat(noMatch.get(0)).isInstanceOf(Action.StopPlayback.class);
        assertThat(play(noMatch).text()).isEqualTo("Sorry, please say yes or no.");
        assertThat(play(script.step("low:yes")).text())
                .isEqualTo("Sorry, I didn't catch that. Would you like our new phone?");
        script.step("done");
        assertThat(play(script.step("silence")).text()).isEqualTo("Are you still there?");
    }

    @Test
    void theOutcomesProfileEffectsComeBeforeTheEnd() {
        CallScript script = new CallScript(dialog());
        List<Action> actions = script.run("answer / done / say:yes / key:1 / done");
        int n = actions.size();
        assertThat(actions.subList(n - 4, n)).containsExactly(
                new Action.AddTags(List.of("hot_lead")),
                new Action.RemoveTags(List.of("cold")),
                new Action.SetProfileFields(Map.of("stage", "interested")),
                new Action.EndCall(Action.EndReason.COMPLETED));
        assertThat(actions.get(n - 5)).isEqualTo(new Action.Hangup());
    }

    @Test
    void theTranscriptHoldsBothSidesWithConfidenceAndIntent() {
        Dialog dialog = dialog();
        new CallScript(dialog).run("answer / done / say:purple / say:yes / key:1 / done");
        assertThat(dialog.transcript()).extracting(TranscriptEntry::speaker, TranscriptEntry::state,
                TranscriptEntry::text, TranscriptEntry::intent).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TranscriptEntry.Speaker.ROBOT, "disclosure",
                        "Hi Ada, this call is recorded.", null),
                org.assertj.core.groups.Tuple.tuple(TranscriptEntry.Speaker.ROBOT, "offer",
                        "Would you like our new phone?", null),
                org.assertj.core.groups.Tuple.tuple(TranscriptEntry.Speaker.CALLER, "offer", "purple", null),
                org.assertj.core.groups.Tuple.tuple(TranscriptEntry.Speaker.ROBOT, "offer",
                        "Sorry, please say yes or no.", null),
                org.assertj.core.groups.Tuple.tuple(TranscriptEntry.Speaker.CALLER, "offer", "yes", "yes"),
                org.assertj.core.groups.Tuple.tuple(TranscriptEntry.Speaker.ROBOT, "confirm",
                        "Great. Press 1 to confirm by text, 2 for email.", null),
                org.assertj.core.groups.Tuple.tuple(TranscriptEntry.Speaker.CALLER, "confirm", "1", "text"),
                org.assertj.core.groups.Tuple.tuple(TranscriptEntry.Speaker.ROBOT, "thanks", "Thank you, goodbye.",
                        null));
        assertThat(dialog.transcript().get(2).confidence()).isEqualTo(0.9);
        assertThat(dialog.transcript().get(6).keyed()).isTrue();
        assertThat(dialog.transcript()).allMatch(e -> e.at().equals(Fixtures.NOW));
    }

    @Test
    void nothingHappensAfterTheEnd() {
        Dialog dialog = dialog();
        new CallScript(dialog).run("answer / hangup");
        assertThat(dialog.on(Event.Speech.heard("yes", 1))).isEmpty();
        assertThat(dialog.on(new Event.Hangup())).isEmpty();
    }

    @Test
    void aStalePlaybackIdIsIgnored() {
        Dialog dialog = dialog();
        dialog.on(new Event.CallAnswered());
        assertThat(dialog.on(new Event.PlaybackFinished("play-99"))).isEmpty();
        assertThat(dialog.currentState()).isEqualTo("disclosure");
    }

    static Action.Play play(List<Action> actions) {
        return actions.stream().filter(Action.Play.class::isInstance).map(Action.Play.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no Play in " + actions));
    }
}
