package io.callbot.campaign;

import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Intent;
import io.callbot.dialog.Message;
import io.callbot.dialog.Recovery;
import io.callbot.nlu.IntentLibrary;
import io.callbot.nlu.PhrasePattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads intents, global intents and no-input / no-match blocks of the dialog section; used by one thread. */
final class IntentReader {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern DTMF = Pattern.compile("[0-9*#]");
    private static final List<String> INTENT_KEYS = List.of("library", "phrases", "dtmf");
    private static final List<String> GLOBAL_KEYS = List.of("library", "phrases", "dtmf", "goto", "say", "prompt");
    /** The value of {@code library} that switches the built-in intent off. */
    static final String NO_LIBRARY = "none";
    static final List<String> RECOVERY_KEYS = List.of("timeout", "say", "prompt", "max_reprompts", "goto");

    /** A no-input / no-match block as written, fields null when not given. */
    record PartialRecovery(Duration timeout, Message reprompt, Integer maxReprompts, String target) {
        static final PartialRecovery EMPTY = new PartialRecovery(null, null, null, null);
    }

    private final DialogReadState context;

    IntentReader(DialogReadState context) {
        this.context = context;
    }

    /** Reads a mapping of intent name to definition. */
    Map<String, Intent> intents(YamlMap parent, String key) {
        Map<String, Intent> out = new LinkedHashMap<>();
        YamlMap map = parent.section(key, null);
        if (map == null) {
            return out;
        }
        for (String name : map.keys()) {
            if (checkName(map, name)) {
                YamlMap def = YamlMap.of(map.get(name), map.child(name), context.problems, INTENT_KEYS);
                if (def != null) {
                    out.put(name, intent(name, def));
                }
            }
        }
        return out;
    }

    private boolean checkName(YamlMap map, String name) {
        if (NAME.matcher(name).matches()) {
            return true;
        }
        context.problems.at(map.keyNode(name), map.child(name),
                "names must be lower case letters, digits and _, starting with a letter");
        return false;
    }

    /** Reads the library, phrases and dtmf of one intent definition. */
    Intent intent(String name, YamlMap def) {
        List<String> phrases = new ArrayList<>();
        Node phrasesNode = def.get("phrases");
        for (String phrase : def.strings("phrases")) {
            String p = phrase.trim().toLowerCase(Locale.ROOT);
            if (PhrasePattern.isPattern(p)) {
                try {
                    PhrasePattern.expand(p);
                } catch (IllegalArgumentException e) {
                    context.problems.at(phrasesNode, def.child("phrases"), e.getMessage());
                }
            }
            phrases.add(p);
        }
        List<String> keys = def.strings("dtmf");
        Node dtmfNode = def.get("dtmf");
        for (String k : keys) {
            if (!DTMF.matcher(k).matches()) {
                context.problems.at(dtmfNode, def.child("dtmf"), "DTMF keys are single characters 0-9, * or #, was '" + k + "'");
            }
        }
        String library = library(name, def);
        if (phrases.isEmpty() && keys.isEmpty() && library == null) {
            context.problems.at(def.node(), def.path(), "an intent needs a library intent, phrases or dtmf keys");
        }
        return new Intent(name, phrases, keys, library);
    }

    /**
     * The library intent this one builds on: {@code library: <name>} when given ({@code none} for none), else the
     * library intent of the same name (or of the name's well-known kind: a global {@code robot} is
     * {@code are_you_a_robot}); null when the campaign's language has no library.
     */
    private String library(String name, YamlMap def) {
        IntentLibrary lib = context.library;
        Node node = def.get("library");
        if (node != null) {
            String given = Scalars.string(node, def.child("library"), context.problems);
            if (given == null || given.equals(NO_LIBRARY)) {
                return null;
            }
            if (lib == null) {
                context.problems.at(node, def.child("library"), "the campaign's voice.language has no intent library;"
                        + " give phrases instead, or library: none");
                return null;
            }
            if (lib.intent(given).isEmpty()) {
                context.problems.at(node, def.child("library"), "no library intent '" + given + "'"
                        + DidYouMean.hint(given, lib.intents().keySet()) + " (library intents: "
                        + String.join(", ", lib.intents().keySet()) + ", or none)");
                return null;
            }
            return given;
        }
        return lib == null ? null : IntentLibraries.byName(lib, name);
    }

    /** Reads {@code dialog.global}. */
    Map<String, GlobalIntent> globals(YamlMap dialog) {
        Map<String, GlobalIntent> out = new LinkedHashMap<>();
        YamlMap map = dialog.section("global", null);
        if (map == null) {
            return out;
        }
        for (String name : map.keys()) {
            if (!checkName(map, name)) {
                continue;
            }
            YamlMap def = YamlMap.of(map.get(name), map.child(name), context.problems, GLOBAL_KEYS);
            if (def == null) {
                continue;
            }
            Intent intent = intent(name, def);
            String target = context.target(def, "goto");
            Message reply = context.message(def);
            if ((target == null) == reply.isEmpty()) {
                context.problems.at(def.node(), def.path(),
                        "give either goto (a state) or say/prompt (a reply, then the current state resumes)");
            }
            out.put(name, new GlobalIntent(intent, target, reply.isEmpty() ? null : reply));
        }
        return out;
    }

    /** Reads a no_input / no_match block; {@link PartialRecovery#EMPTY} when absent. */
    PartialRecovery recovery(YamlMap parent, String key, boolean hasTimeout) {
        List<String> keys = hasTimeout ? RECOVERY_KEYS : RECOVERY_KEYS.subList(1, RECOVERY_KEYS.size());
        YamlMap map = parent.section(key, keys);
        if (map == null) {
            return PartialRecovery.EMPTY;
        }
        Duration timeout = null;
        if (map.has("timeout")) {
            timeout = Scalars.positiveDuration(map.get("timeout"), map.child("timeout"), context.problems);
        }
        Message reprompt = map.has("say") || map.has("prompt") ? context.message(map) : null;
        return new PartialRecovery(timeout, reprompt, map.integer("max_reprompts", 0, null), context.target(map, "goto"));
    }

    /** Merges a state's block over the dialog default; the target may still be null (reported by the caller). */
    static Recovery merge(PartialRecovery state, PartialRecovery dialog, Duration defaultTimeout) {
        Duration timeout = first(state.timeout(), dialog.timeout(), defaultTimeout);
        Message reprompt = first(state.reprompt(), dialog.reprompt(), Message.NONE);
        Integer max = first(state.maxReprompts(), dialog.maxReprompts(), 1);
        return new Recovery(timeout, reprompt, max, first(state.target(), dialog.target(), null));
    }

    private static <T> T first(T a, T b, T c) {
        return a != null ? a : b != null ? b : c;
    }
}
