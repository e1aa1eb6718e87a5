package io.callbot.campaign;

import io.callbot.dialog.ActionSpec;
import io.callbot.dialog.Branch;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Intent;
import io.callbot.dialog.Message;
import io.callbot.dialog.Recovery;
import io.callbot.dialog.StateSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one dialog state and checks its local rules; used by one thread. */
final class StateReader {

    static final List<String> KEYS = List.of("say", "prompt", "interruptible", "intents", "on", "branches", "next",
            "no_input", "no_match", "outcome", "action", "transfer_to", "callback_after", "globals");
    static final Duration DEFAULT_NO_INPUT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration DEFAULT_CALLBACK_AFTER = Duration.ofDays(1);

    private final DialogReadState context;
    private final IntentReader intents;
    private final Map<String, Intent> shared;
    private final Map<String, GlobalIntent> globals;
    private final IntentReader.PartialRecovery noInputDefault;
    private final IntentReader.PartialRecovery noMatchDefault;

    StateReader(DialogReadState context, Map<String, Intent> shared, Map<String, GlobalIntent> globals,
                IntentReader.PartialRecovery noInputDefault, IntentReader.PartialRecovery noMatchDefault) {
        this.context = context;
        this.intents = new IntentReader(context);
        this.shared = shared;
        this.globals = globals;
        this.noInputDefault = noInputDefault;
        this.noMatchDefault = noMatchDefault;
    }

    StateSpec read(String name, YamlMap state, Node keyNode) {
        Message message = context.message(state);
        boolean interruptible = state.bool("interruptible", true) != Boolean.FALSE;
        Map<String, Intent> local = intents.intents(state, "intents");
        Map<String, String> on = new LinkedHashMap<>();
        List<Intent> expect = readOn(state, local, on);
        List<Branch> branches = new BranchReader(context).branches(state);
        String next = context.target(state, "next");
        String outcome = readOutcome(state);
        ActionSpec action = readAction(state);
        Set<String> active = readGlobals(state);
        Recovery noInput = null;
        Recovery noMatch = null;
        IntentReader.PartialRecovery ni = intents.recovery(state, "no_input", true);
        IntentReader.PartialRecovery nm = intents.recovery(state, "no_match", false);
        if (!on.isEmpty()) {
            noInput = withTarget(keyNode, state, "no_input", IntentReader.merge(ni, noInputDefault, DEFAULT_NO_INPUT_TIMEOUT));
            noMatch = withTarget(keyNode, state, "no_match", IntentReader.merge(nm, noMatchDefault, null));
        }
        checkShape(keyNode, state, message, action, branches);
        return new StateSpec(name, message, interruptible, expect, on, branches, next, noInput, noMatch,
                outcome, action, on.isEmpty() ? Set.of() : active);
    }

    private List<Intent> readOn(YamlMap state, Map<String, Intent> local, Map<String, String> on) {
        List<Intent> expect = new ArrayList<>();
        YamlMap map = state.section("on", null);
        if (map != null) {
            for (String intentName : map.keys()) {
                Intent intent = local.containsKey(intentName) ? local.get(intentName) : shared.get(intentName);
                if (intent == null) {
                    Set<String> known = new LinkedHashSet<>(local.keySet());
                    known.addAll(shared.keySet());
                    context.problems.at(map.keyNode(intentName), map.child(intentName), "unknown intent '" + intentName
                            + "'" + DidYouMean.hint(intentName, known) + "; define it in dialog.intents or in this state's intents");
                    continue;
                }
                String target = context.target(map, intentName);
                if (target != null) {
                    on.put(intentName, target);
                    expect.add(intent);
                }
            }
        }
        for (String unused : local.keySet()) {
            if (map == null || !map.has(unused)) {
                Node key = YamlMap.keyNodeIn(state.get("intents"), unused);
                context.problems.at(key, state.child("intents") + "." + unused, "intent is defined but has no transition in on");
            }
        }
        checkOverlaps(state, expect);
        return expect;
    }

    /** Two intents of one state may not share a phrase or a key: the answer would be ambiguous. */
    private void checkOverlaps(YamlMap state, List<Intent> expect) {
        Map<String, String> owner = new HashMap<>();
        for (Intent intent : expect) {
            List<String> items = new ArrayList<>(intent.phrases());
            intent.dtmf().forEach(k -> items.add("dtmf " + k));
            for (String item : items) {
                String previous = owner.putIfAbsent(item, intent.name());
                if (previous != null && !previous.equals(intent.name())) {
                    context.problems.at(state.get("on"), state.child("on"), "intents '" + previous + "' and '"
                            + intent.name() + "' both match '" + item + "'");
                }
            }
        }
    }

    private String readOutcome(YamlMap state) {
        Node node = state.get("outcome");
        if (node == null) {
            return null;
        }
        String outcome = Scalars.string(node, state.child("outcome"), context.problems);
        if (outcome != null) {
            context.outcomeRefs.add(new DialogReadState.Ref(outcome, node, state.child("outcome")));
        }
        return outcome;
    }

    private ActionSpec readAction(YamlMap state) {
        ActionSpec.Kind kind = state.enumValue("action", ActionSpec.Kind.class, null);
        String transferTo = state.string("transfer_to");
        Duration callbackAfter = state.has("callback_after")
                ? Scalars.positiveDuration(state.get("callback_after"), state.child("callback_after"), context.problems) : null;
        if (kind == ActionSpec.Kind.TRANSFER && transferTo == null && !state.has("transfer_to")) {
            context.problems.at(state.get("action"), state.child("transfer_to"), "required when action is transfer");
        }
        if (kind == ActionSpec.Kind.TRANSFER && transferTo != null) {
            context.transferRefs.add(new DialogReadState.Ref(transferTo, state.get("transfer_to"), state.child("transfer_to")));
        }
        if (kind != ActionSpec.Kind.TRANSFER && state.has("transfer_to")) {
            context.problems.at(state.get("transfer_to"), state.child("transfer_to"), "only allowed with action: transfer");
        }
        if (kind != ActionSpec.Kind.CALLBACK && state.has("callback_after")) {
            context.problems.at(state.get("callback_after"), state.child("callback_after"), "only allowed with action: callback");
        }
        if (kind == null) {
            return null;
        }
        return new ActionSpec(kind, kind == ActionSpec.Kind.TRANSFER ? transferTo : null,
                kind == ActionSpec.Kind.CALLBACK ? (callbackAfter == null ? DEFAULT_CALLBACK_AFTER : callbackAfter) : null);
    }

    private Set<String> readGlobals(YamlMap state) {
        Node node = state.get("globals");
        if (node == null) {
            return globals.keySet();
        }
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode) {
            Boolean all = Scalars.bool(node, state.child("globals"), context.problems);
            return all == Boolean.FALSE ? Set.of() : globals.keySet();
        }
        Set<String> active = new LinkedHashSet<>();
        for (String name : Scalars.strings(node, state.child("globals"), context.problems)) {
            if (globals.containsKey(name)) {
                active.add(name);
            } else {
                context.problems.at(node, state.child("globals"), "no global intent named '" + name + "'"
                        + DidYouMean.hint(name, globals.keySet()));
            }
        }
        return active;
    }

    private Recovery withTarget(Node keyNode, YamlMap state, String key, Recovery recovery) {
        if (recovery.target() == null) {
            context.problems.at(keyNode, state.child(key) + ".goto",
                    "required for a state with on: set it here or in dialog." + key);
        }
        return recovery;
    }

    private void checkShape(Node at, YamlMap state, Message message, ActionSpec action, List<Branch> branches) {
        if (action != null && (state.has("on") || state.has("next"))) {
            context.problems.at(state.get("action"), state.child("action"), "a state with an action ends there: remove on / next");
        }
        if (state.has("on") && state.has("next")) {
            context.problems.at(state.get("next"), state.child("next"), "a state either listens (on) or moves on (next), not both");
        }
        if (state.has("on") && message.isEmpty()) {
            context.problems.at(state.get("on"), state.child("on"), "a listening state must say or play something");
        }
        boolean otherwise = branches.stream().anyMatch(Branch::unconditional);
        if (action == null && !state.has("on") && !state.has("next") && !otherwise) {
            context.problems.at(at, state.path(), "state has no way out: give it on, next, action or a branch without when");
        }
    }
}
