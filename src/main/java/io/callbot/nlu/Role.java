package io.callbot.nlu;

import java.util.Locale;

/**
 * What an intent means for the safety rules, whatever the campaign calls it: an opt-out must never be missed,
 * a decline must never become an acceptance.
 */
public enum Role {
    /** the caller wants no more calls: outranks everything, partial evidence is confirmed, never negated */
    OPT_OUT,
    /** the caller accepts or agrees: needs clear evidence and loses to any other intent heard with it */
    AFFIRM,
    /** any other answer */
    OTHER;

    /** The role of an intent: its library intent's, or, without one, the one its name implies. */
    public static Role of(String library, String name) {
        return of(library != null ? library : name);
    }

    /** The role of a library intent (or a campaign intent named like one). */
    public static Role of(String libraryOrName) {
        String n = libraryOrName == null ? "" : libraryOrName.toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (n) {
            case "opt_out", "optout", "do_not_call", "unsubscribe", "stop" -> OPT_OUT;
            case "yes", "accept", "affirm", "agree" -> AFFIRM;
            default -> OTHER;
        };
    }
}
