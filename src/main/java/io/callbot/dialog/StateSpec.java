package io.callbot.dialog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One dialog state. Entering it runs, in this order: (1) set {@link #outcome} when non-null; (2) evaluate
 * {@link #branches} in order and jump to the first whose condition holds, speaking nothing here; (3) speak
 * {@link #message}; (4) then exactly one of: run {@link #action} (the call ends or is handed over),
 * go to {@link #next} without waiting, or listen for the intents of {@link #expect} (plus the
 * {@link #activeGlobals}) and follow {@link #on}. Immutable; safe to share between threads.
 *
 * @param name           the state's key in the YAML
 * @param message        what the robot says on entering; {@link Message#NONE} for a silent (branch-only) state
 * @param interruptible  whether caller speech or DTMF may cut the message short (barge-in); false for
 *                       mandatory disclosures
 * @param expect         the intents this state listens for, resolved (local ones first, then the
 *                       dialog's shared {@code intents}), in the order of {@code on}; empty when not listening
 * @param on             intent name to target state; same keys as {@code expect}
 * @param branches       personalisation branches evaluated on entry; empty when none
 * @param next           state to go to after speaking, without listening; null when none
 * @param noInput        what to do when the caller says nothing; null unless the state listens
 * @param noMatch        what to do when the caller's answer matches no intent; null unless the state listens
 * @param outcome        outcome name set on entering (the last one set during a call wins); null for none
 * @param action         terminal action after speaking; null when the dialog goes on
 * @param activeGlobals  names of the global intents heard in this state (when it listens), in
 *                       {@link DialogSpec#globals()} order; state intents win over globals on a tie
 */
public record StateSpec(
        String name,
        Message message,
        boolean interruptible,
        List<Intent> expect,
        Map<String, String> on,
        List<Branch> branches,
        String next,
        Recovery noInput,
        Recovery noMatch,
        String outcome,
        ActionSpec action,
        Set<String> activeGlobals) {

    public StateSpec {
        message = message == null ? Message.NONE : message;
        expect = expect == null ? List.of() : List.copyOf(expect);
        on = on == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(on));
        branches = branches == null ? List.of() : List.copyOf(branches);
        activeGlobals = activeGlobals == null ? Set.of() : Collections.unmodifiableSet(new java.util.LinkedHashSet<>(activeGlobals));
    }

    /** True when the state waits for caller input after speaking. */
    public boolean listens() {
        return !on.isEmpty();
    }

    /** True when the state ends the robot's part of the call (hangup, transfer or callback). */
    public boolean terminal() {
        return action != null;
    }
}
