package io.callbot.dialog;

/**
 * An intent heard in every listening state that does not switch it off (opt-out, "talk to a person",
 * "are you a robot", "call me later"). Exactly one of {@code target} and {@code reply} is set: with a
 * target the dialog goes there; with a reply the robot says it, then repeats the current state's message
 * and keeps listening (this does not count as a reprompt). Immutable.
 */
public record GlobalIntent(Intent intent, String target, Message reply) {

    public String name() {
        return intent.name();
    }

    /** True when the intent answers in place and resumes the current state. */
    public boolean resumes() {
        return target == null;
    }
}
