package io.callbot.campaign;

import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Intent;
import io.callbot.dialog.Message;
import io.callbot.dialog.StateSpec;
import io.callbot.nlu.IntentLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code dialog} section into a {@link DialogSpec} and runs the graph checks; used by one thread. */
final class DialogReader {

    static final List<String> KEYS = List.of("start", "intents", "global", "no_input", "no_match", "voicemail",
            "confirm_opt_out", "confirm_yes", "states");

    private final DialogReadState context;
    private final Map<String, Node> stateKeys = new LinkedHashMap<>();
    private Node startNode;

    DialogReader(Problems problems, IntentLibrary library) {
        this.context = new DialogReadState(problems, library);
    }

    DialogReadState context() {
        return context;
    }

    /** Key node of each state by name, for error positions. */
    Map<String, Node> stateKeys() {
        return stateKeys;
    }

    /** Reads the section; returns null when it is too broken to build. */
    DialogSpec read(YamlMap dialog) {
        dialog.require("start", "states");
        IntentReader intents = new IntentReader(context);
        Map<String, Intent> shared = intents.intents(dialog, "intents");
        Map<String, GlobalIntent> globals = intents.globals(dialog);
        IntentReader.PartialRecovery noInput = intents.recovery(dialog, "no_input", true);
        IntentReader.PartialRecovery noMatch = intents.recovery(dialog, "no_match", false);
        Message voicemail = message(dialog, "voicemail");
        Message confirmOptOut = message(dialog, "confirm_opt_out");
        Message confirmYes = message(dialog, "confirm_yes");
        startNode = dialog.get("start");
        String start = context.target(dialog, "start");
        Map<String, StateSpec> states = readStates(dialog, new StateReader(context, shared, globals, noInput, noMatch));
        if (start == null || states.isEmpty()) {
            return null;
        }
        return new DialogSpec(start, states, globals,
                IntentReader.merge(IntentReader.PartialRecovery.EMPTY, noInput, StateReader.DEFAULT_NO_INPUT_TIMEOUT),
                IntentReader.merge(IntentReader.PartialRecovery.EMPTY, noMatch, null), voicemail, confirmOptOut,
                confirmYes);
    }

    /** A {@code {say, prompt}} section of the dialog, or {@link Message#NONE} when absent. */
    private Message message(YamlMap dialog, String key) {
        YamlMap section = dialog.section(key, List.of("say", "prompt"));
        return section == null ? Message.NONE : context.message(section);
    }

    private Map<String, StateSpec> readStates(YamlMap dialog, StateReader reader) {
        Map<String, StateSpec> states = new LinkedHashMap<>();
        YamlMap map = dialog.section("states", null);
        if (map == null) {
            return states;
        }
        if (map.keys().isEmpty()) {
            context.problems.at(map.node(), map.path(), "must define at least one state");
        }
        for (String name : map.keys()) {
            Node keyNode = map.keyNode(name);
            if (!IntentReader.NAME.matcher(name).matches()) {
                context.problems.at(keyNode, map.child(name),
                        "state names must be lower case letters, digits and _, starting with a letter");
                continue;
            }
            stateKeys.put(name, keyNode);
            YamlMap state = YamlMap.of(map.get(name), map.child(name), context.problems, StateReader.KEYS);
            if (state != null) {
                states.put(name, reader.read(name, state, keyNode));
            }
        }
        return states;
    }

    /** Checks that need every state: targets exist, reachability, loops a silent caller never leaves. */
    void checkGraph(DialogSpec spec) {
        boolean targetsOk = true;
        for (DialogReadState.Ref ref : context.stateRefs) {
            if (!stateKeys.containsKey(ref.name())) {
                targetsOk = false;
                context.problems.at(ref.node(), ref.path(), "no state named '" + ref.name() + "'"
                        + DidYouMean.hint(ref.name(), stateKeys.keySet()));
            }
        }
        if (spec == null || !targetsOk || !stateKeys.keySet().equals(spec.states().keySet())) {
            return;
        }
        DialogGraph graph = new DialogGraph(spec);
        for (String name : graph.unreachable()) {
            context.problems.at(stateKeys.get(name), "dialog.states." + name,
                    "unreachable from the start state '" + spec.start() + "'");
        }
        for (List<String> loop : graph.silentLoops()) {
            String first = loop.get(0);
            context.problems.at(stateKeys.get(first), "dialog.states." + first,
                    "a caller who stays silent loops forever: " + String.join(" -> ", loop)
                            + "; let no_input.goto leave the loop");
        }
    }

    Node startNode() {
        return startNode;
    }
}
