package io.callbot.dialog;

import java.time.Duration;

/**
 * The terminal action of a state, run after its message has been spoken. Immutable.
 *
 * @param kind          what to do
 * @param transferTo    dial string of the agent queue or endpoint for {@link Kind#TRANSFER}, else null
 * @param callbackAfter for {@link Kind#CALLBACK}: how long from now to call again, else null
 */
public record ActionSpec(Kind kind, String transferTo, Duration callbackAfter) {

    /** Terminal actions; the YAML spelling is the lower-case name. */
    public enum Kind {
        /** end the call */
        HANGUP,
        /** hand the call to a person at {@code transferTo} */
        TRANSFER,
        /** end the call and schedule another attempt after {@code callbackAfter} */
        CALLBACK
    }
}
