package io.callbot.dialog.engine;

import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Intent;
import io.callbot.dialog.StateSpec;
import io.callbot.nlu.IntentSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * What a listening state listens for: its intents, then its active global intents (state intents win ties),
 * the recognizer grammar (every word the understanding layer can use for them, their whole phrases, and the
 * words of callback times when a callback intent is active), and the no-input timeout. Stateless and thread-safe.
 */
final class ListenPlanner {

    /**
     * The cleaned grammar of each compiled intent set (thousands of phrases; a set is shared by every call in its
     * state), so a turn's reply does not wait for them to be cleaned again.
     */
    private static final Map<IntentSet, List<String>> CLEANED = Collections.synchronizedMap(new WeakHashMap<>());

    private ListenPlanner() {
    }

    /**
     * The {@link Action.Listen} for {@code state} hearing {@code intents}, compiled as {@code understanding}.
     */
    static Action.Listen listen(DialogSpec spec, StateSpec state, DialogSettings settings, List<Intent> intents,
            IntentSet understanding) {
        Set<String> grammar = new LinkedHashSet<>(CLEANED.computeIfAbsent(understanding,
                u -> u.grammar().stream().map(GrammarPhrases::clean).toList()));
        if (intents.stream().anyMatch(i -> GlobalKind.of(i) == GlobalKind.CALLBACK)) {
            grammar.addAll(CallbackTimeParser.VOCABULARY);
        }
        grammar.remove("");
        return new Action.Listen(intents.stream().map(Intent::name).distinct().toList(), List.copyOf(grammar),
                noInputTimeout(spec, state, settings), settings.freeForm(), understanding);
    }

    /** The intents heard in {@code state}: its own first, then its active globals. */
    static List<Intent> candidates(DialogSpec spec, StateSpec state) {
        List<Intent> all = new ArrayList<>(state.expect());
        activeGlobals(spec, state).forEach(g -> all.add(g.intent()));
        return all;
    }

    static List<GlobalIntent> activeGlobals(DialogSpec spec, StateSpec state) {
        return spec.globals().values().stream().filter(g -> state.activeGlobals().contains(g.name())).toList();
    }

    private static Duration noInputTimeout(DialogSpec spec, StateSpec state, DialogSettings settings) {
        if (state.noInput() != null && state.noInput().timeout() != null) {
            return state.noInput().timeout();
        }
        if (spec.noInput() != null && spec.noInput().timeout() != null) {
            return spec.noInput().timeout();
        }
        return settings.noInputTimeout();
    }
}
