package io.callbot.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * A simulated customer.
 *
 * @param name          label for logs and reports
 * @param behaviour     what happens to the call
 * @param answerDelay   ring time before answering (or before busy / decline / 480 / 503)
 * @param talkDuration  how long an answered call lasts when the handler does not end it earlier
 * @param script        opaque material for the audio side (e.g. a list of lines to say); the AMI side ignores it
 */
public record Persona(String name, Behaviour behaviour, Duration answerDelay, Duration talkDuration, Object script) {

    public Persona {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(answerDelay, "answerDelay");
        Objects.requireNonNull(talkDuration, "talkDuration");
        if (answerDelay.isNegative() || talkDuration.isNegative()) {
            throw new IllegalArgumentException("persona " + name + ": delays must be >= 0");
        }
    }

    /** A persona with no script. */
    public static Persona of(Behaviour behaviour, Duration answerDelay, Duration talkDuration) {
        return new Persona(behaviour.name().toLowerCase(java.util.Locale.ROOT), behaviour, answerDelay, talkDuration, null);
    }
}
