package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.Message;
import io.callbot.dialog.StateSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Script shapes beyond the sales dialog: silent states, recorded prompts, loops that never listen. */
@Tag("unit")
class ScriptShapesTest {

    private static Dialog dialog(StateSpec... states) {
        Map<String, StateSpec> map = new LinkedHashMap<>();
        for (StateSpec s : states) {
            map.put(s.name(), s);
        }
        DialogSpec spec = new DialogSpec(states[0].name(), map, Map.of(), null, null, null);
        return new Dialog(spec, Fixtures.context(Fixtures.customer(Set.of(), Map.of())), DialogSettings.defaults(),
                Fixtures.clock());
    }

    @Test
    void silentStatesPassStraightThrough() {
        Dialog dialog = dialog(Fixtures.passing("hello", "Hello.", true, "quiet"),
                new StateSpec("quiet", Message.NONE, true, null, null, null, "bye", null, null, "reached", null, null),
                Fixtures.terminal("bye", null, null, Fixtures.hangup()));
        CallScript script = new CallScript(dialog);
        script.step("answer");
        assertThat(script.step("done")).containsExactly(new Action.SetOutcome("reached"), new Action.Hangup(),
                new Action.EndCall(Action.EndReason.COMPLETED));
        assertThat(dialog.statePath()).containsExactly("hello", "quiet", "bye");
    }

    @Test
    void aRecordedPromptIsPlayedWithItsFallbackText() {
        Message recorded = new Message(io.callbot.dialog.TemplateParser.parse("Hello {customer.first_name}."),
                "hello.wav");
        Dialog dialog = dialog(new StateSpec("hello", recorded, false, null, null, null, null, null, null, null,
                Fixtures.hangup(), null));
        Action.Play play = (Action.Play) dialog.on(new Event.CallAnswered()).get(0);
        assertThat(play.pieces()).containsExactly(new Action.Prompt("Hello Ada.", "hello.wav"));
    }

    @Test
    void aLoopThatNeverListensEndsWithAScriptError() {
        Dialog dialog = dialog(
                new StateSpec("a", Message.NONE, true, null, null, null, "b", null, null, null, null, null),
                new StateSpec("b", Message.NONE, true, null, null, null, "a", null, null, null, null, null));
        List<Action> actions = dialog.on(new Event.CallAnswered());
        assertThat(actions).containsSubsequence(new Action.SetOutcome("script_error"), new Action.Hangup(),
                new Action.EndCall(Action.EndReason.SCRIPT_ERROR));
        assertThat(dialog.ended()).isTrue();
    }

    @Test
    void aListeningStateWithoutRecoveriesAsksOnceMoreThenHangsUp() {
        StateSpec ask = new StateSpec("ask", Fixtures.msg("Yes or no?"), true, List.of(Fixtures.YES),
                Map.of("yes", "bye"), null, null, null, null, null, null, null);
        Dialog dialog = dialog(ask, Fixtures.terminal("bye", "Bye.", "done", Fixtures.hangup()));
        CallScript script = new CallScript(dialog);
        script.step("answer");
        assertThat(DialogTransitionsTest.play(script.step("say:banana")).text()).isEqualTo("Yes or no?");
        List<Action> actions = script.step("say:banana");
        assertThat(actions).endsWith(new Action.Hangup(), new Action.SetOutcome("completed"),
                new Action.EndCall(Action.EndReason.COMPLETED));
    }
}
