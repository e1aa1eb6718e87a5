package io.callbot.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * What the people a transferred caller is put through to do (queue members and dialled PJSIP endpoints of the
 * simulated PBX). Immutable.
 *
 * @param mode     answer, ring without answering, or be unreachable (no phone registered)
 * @param delay    how long they ring before answering ({@link Mode#ANSWER})
 * @param talk     how long the conversation with the person lasts before it ends
 */
public record Agents(Mode mode, Duration delay, Duration talk) {

    public enum Mode {
        /** Rings, then answers: the caller reaches a person. */
        ANSWER,
        /** Rings until the queue or Dial gives up (QUEUESTATUS TIMEOUT, DIALSTATUS NOANSWER). */
        NO_ANSWER,
        /** No phone registered: device state UNAVAILABLE (QUEUESTATUS JOINEMPTY, DIALSTATUS CHANUNAVAIL). */
        UNAVAILABLE
    }

    public Agents {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(talk, "talk");
    }

    /** Agents answer after {@code delay} and talk for a minute. */
    public static Agents answerAfter(Duration delay) {
        return new Agents(Mode.ANSWER, delay, Duration.ofMinutes(1));
    }

    public static Agents noAnswer() {
        return new Agents(Mode.NO_ANSWER, Duration.ZERO, Duration.ZERO);
    }

    public static Agents unavailable() {
        return new Agents(Mode.UNAVAILABLE, Duration.ZERO, Duration.ZERO);
    }
}
