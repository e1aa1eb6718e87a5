package io.callbot.campaign;

import io.callbot.nlu.IntentLibrary;
import java.util.Locale;
import java.util.Map;

/** Which built-in intent library a campaign uses, and which library intent a campaign intent's name means. */
final class IntentLibraries {

    /** Names campaigns have long used for the library's intents. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("optout", "opt_out"), Map.entry("do_not_call", "opt_out"), Map.entry("unsubscribe", "opt_out"),
            Map.entry("stop", "opt_out"), Map.entry("human", "agent"), Map.entry("person", "agent"),
            Map.entry("operator", "agent"), Map.entry("transfer", "agent"), Map.entry("robot", "are_you_a_robot"),
            Map.entry("bot", "are_you_a_robot"), Map.entry("are_you_robot", "are_you_a_robot"),
            Map.entry("call_back", "callback"), Map.entry("call_later", "callback"),
            Map.entry("call_me_later", "callback"), Map.entry("who_is_this", "who_is_calling"),
            Map.entry("wrong_number", "wrong_person"), Map.entry("later", "not_now"));

    private IntentLibraries() {
    }

    /** The library of the campaign's language, or null when the project ships none for it. */
    static IntentLibrary forVoice(VoiceSettings voice) {
        String language = voice == null || voice.language() == null ? "en" : voice.language();
        return IntentLibrary.exists(language) ? IntentLibrary.forLanguage(language) : null;
    }

    /** The library intent an intent named {@code name} builds on by default, or null. */
    static String byName(IntentLibrary library, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (library.intent(n).isPresent()) {
            return n;
        }
        String alias = ALIASES.get(n);
        return alias != null && library.intent(alias).isPresent() ? alias : null;
    }
}
