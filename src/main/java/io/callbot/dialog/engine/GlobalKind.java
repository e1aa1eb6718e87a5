package io.callbot.dialog.engine;

import java.util.Locale;

/**
 * The global intents the engine treats specially, recognized by the library intent they build on, else by their
 * name in the campaign: {@code opt_out} marks do-not-call at once, {@code callback} extracts a callback time.
 */
public enum GlobalKind {
    /** names: opt_out, optout, do_not_call, unsubscribe, stop */
    OPT_OUT,
    /** names: agent, human, person, operator, transfer */
    AGENT,
    /** names: robot, bot, are_you_robot, are_you_a_robot */
    ROBOT,
    /** names: callback, call_back, call_later, call_me_later */
    CALLBACK,
    /** anything else: follows its target or reply with no extra effect */
    OTHER;

    /** The kind of {@code intent}: its library intent's, else its name's. */
    public static GlobalKind of(io.callbot.dialog.Intent intent) {
        return of(intent.library() != null ? intent.library() : intent.name());
    }

    /** The kind a global intent of that name has. */
    public static GlobalKind of(String name) {
        return switch (name.toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "opt_out", "optout", "do_not_call", "unsubscribe", "stop" -> OPT_OUT;
            case "agent", "human", "person", "operator", "transfer" -> AGENT;
            case "robot", "bot", "are_you_robot", "are_you_a_robot" -> ROBOT;
            case "callback", "call_back", "call_later", "call_me_later" -> CALLBACK;
            default -> OTHER;
        };
    }
}
