package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every global intent in every listening state of the sales dialog, and a state that switches them off. */
@Tag("unit")
class GlobalIntentsTest {

    /** How to reach each listening state that has the globals on: tags, attributes, steps. */
    record Reach(String state, Set<String> tags, Map<String, Object> attributes, String steps) {
        Dialog start(CallScript[] holder) {
            Dialog dialog = DialogTransitionsTest.dialog(tags, attributes);
            holder[0] = new CallScript(dialog);
            holder[0].run(steps);
            assertThat(dialog.currentState()).isEqualTo(state);
            return dialog;
        }
    }

    static final List<Reach> STATES = List.of(
            new Reach("offer", Set.of(), Map.of(), "answer / done"),
            new Reach("offer_xiaomi", Set.of("brand:xiaomi"), Map.of(), "answer / done"),
            new Reach("offer_gold", Set.of(), Map.of("tier", "gold"), "answer / done / done"));

    /** Global phrase said, the state it leads to, outcome, end reason (null: resumes the same state). */
    static final List<List<Object>> GLOBALS = List.of(
            List.of("stop calling me", "opt_out", "opted_out", Action.EndReason.OPTED_OUT),
            List.of("please remove me from your list", "opt_out", "opted_out", Action.EndReason.OPTED_OUT),
            List.of("I want to talk to a person", "agent", "transferred_to_agent", Action.EndReason.TRANSFERRED),
            List.of("call me back in two hours", "callback", "callback_requested", Action.EndReason.CALLBACK),
            List.of("wait, are you a robot?", "", "", Action.EndReason.COMPLETED));

    static Stream<Arguments> everyGlobalInEveryState() {
        return STATES.stream().flatMap(r -> GLOBALS.stream().map(g -> Arguments.of(r.state(), g.get(0), r, g)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyGlobalInEveryState")
    void worksInEveryState(String stateName, String said, Reach reach, List<Object> global) {
        CallScript[] holder = new CallScript[1];
        Dialog dialog = reach.start(holder);
        CallScript script = holder[0];
        List<Action> reaction = script.step("say:" + said);
        String target = (String) global.get(1);
        if (target.isEmpty()) {
            Action.Play reply = DialogTransitionsTest.play(reaction);
            assertThat(reply.text()).startsWith("Yes, I am an automated assistant calling for Acme. ");
            assertThat(reply.text()).endsWith("?");
            assertThat(dialog.currentState()).isEqualTo(stateName);
            script.step("done");
            script.step("say:no");
            script.step("done");
            assertThat(dialog.statePath()).endsWith(stateName, "goodbye");
            return;
        }
        script.step("done");
        assertThat(dialog.statePath()).endsWith(stateName, target);
        assertThat(dialog.outcome()).contains((String) global.get(2));
        assertThat(dialog.endReason()).contains((Action.EndReason) global.get(3));
        boolean optOut = target.equals("opt_out");
        assertThat(script.of(Action.MarkDoNotCall.class)).hasSize(optOut ? 1 : 0);
        if (optOut) {
            // marked at once, before the goodbye is even spoken
            assertThat(reaction).contains(new Action.MarkDoNotCall());
        }
    }

    static Stream<String> globalPhrases() {
        return GLOBALS.stream().map(g -> (String) g.get(0));
    }

    @ParameterizedTest(name = "\"{0}\" is no match where globals are off")
    @MethodSource("globalPhrases")
    void aStateWithGlobalsOffTreatsThemAsNoMatch(String said) {
        Dialog dialog = DialogTransitionsTest.dialog();
        CallScript other = new CallScript(dialog);
        List<Action> listen = other.run("answer / done / say:yes").stream()
                .filter(Action.Listen.class::isInstance).toList();
        assertThat(((Action.Listen) listen.get(listen.size() - 1)).expectedIntents()).containsExactly("text", "email");
        List<Action> reaction = other.step("say:" + said);
        assertThat(dialog.currentState()).isEqualTo("confirm");
        assertThat(DialogTransitionsTest.play(reaction).text()).isEqualTo("Sorry, please say yes or no.");
        assertThat(reaction).noneMatch(a -> a instanceof Action.MarkDoNotCall || a instanceof Action.Transfer);
    }
}
