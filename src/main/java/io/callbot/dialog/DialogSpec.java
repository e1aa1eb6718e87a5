package io.callbot.dialog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A campaign's whole dialog as loaded from YAML: the states, where the call starts, the global intents
 * and the answering-machine message. Fully resolved at load time (shared intents and no-input / no-match
 * defaults are merged into each {@link StateSpec}), so an engine needs nothing else. Immutable; safe to share
 * between threads.
 *
 * @param start      name of the first state entered when the customer answers
 * @param states     every state by name, in file order
 * @param globals    global intents by name (opt_out, agent, ...), in file order; each state lists which of
 *                   them are active in {@link StateSpec#activeGlobals()}
 * @param noInput    the dialog-wide no-input default (already merged into each listening state)
 * @param noMatch    the dialog-wide no-match default (already merged into each listening state)
 * @param voicemail  what to say to an answering machine when {@code dial.answering_machine} is
 *                   {@code leave_message}; {@link Message#NONE} when absent
 * @param confirmOptOut what to ask when opt-out words were heard only in part; {@link Message#NONE} for the
 *                   engine's default question
 * @param confirmYes what to ask when a yes was heard only in part ("yeah [unclear words]"); {@link Message#NONE} for
 *                   the engine's default question
 */
public record DialogSpec(
        String start,
        Map<String, StateSpec> states,
        Map<String, GlobalIntent> globals,
        Recovery noInput,
        Recovery noMatch,
        Message voicemail,
        Message confirmOptOut,
        Message confirmYes) {

    public DialogSpec {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
        globals = Collections.unmodifiableMap(new LinkedHashMap<>(globals));
        voicemail = voicemail == null ? Message.NONE : voicemail;
        confirmOptOut = confirmOptOut == null ? Message.NONE : confirmOptOut;
        confirmYes = confirmYes == null ? Message.NONE : confirmYes;
    }

    /** A dialog that confirms partial opt-outs and partly heard yeses with the engine's default questions. */
    public DialogSpec(String start, Map<String, StateSpec> states, Map<String, GlobalIntent> globals,
            Recovery noInput, Recovery noMatch, Message voicemail) {
        this(start, states, globals, noInput, noMatch, voicemail, Message.NONE, Message.NONE);
    }

    /**
     * Every intent heard in {@code state}: its own intents first (they win a tie), then its active
     * global intents; the phrases of these make the state's ASR grammar.
     */
    public java.util.List<Intent> intentsHeardIn(StateSpec state) {
        java.util.List<Intent> out = new java.util.ArrayList<>(state.expect());
        for (String name : state.activeGlobals()) {
            out.add(globals.get(name).intent());
        }
        return out;
    }

    /** The state of that name; throws when absent (the loader guarantees every target exists). */
    public StateSpec state(String name) {
        StateSpec state = states.get(name);
        if (state == null) {
            throw new IllegalArgumentException("no dialog state named " + name);
        }
        return state;
    }
}
