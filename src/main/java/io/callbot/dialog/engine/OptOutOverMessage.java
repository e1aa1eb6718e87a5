package io.callbot.dialog.engine;

import io.callbot.dialog.ActionSpec;
import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Intent;
import io.callbot.dialog.StateSpec;
import io.callbot.nlu.Interpretation;
import io.callbot.nlu.Role;
import java.util.Optional;

/**
 * A message the robot says without waiting for an answer still hears an opt-out: a closing message (of a state that
 * hangs up, or hangs up for a callback), where "no thanks ... and stop calling" often goes on while the robot already
 * says goodbye, and a passing one (of a state that goes on to {@code next}, such as a mandatory disclosure), where a
 * caller who wants no calls says so at once. While the message plays, the robot listens for the campaign's opt-out
 * intent only (anything else said is logged and let be, and the message is not cut); the call goes on (ends, or
 * enters the next state) once the message has played or, when the caller is talking at that moment, once what they
 * said is known. Confined to the owning dialog's thread.
 */
final class OptOutOverMessage {

    private final Optional<GlobalIntent> optOut;
    private boolean active;
    private boolean callerTalking;
    private boolean messageDone;

    OptOutOverMessage(DialogSpec spec) {
        this.optOut = spec.globals().values().stream()
                .filter(g -> g.intent().role() == Role.OPT_OUT).findFirst();
    }

    /** Entering {@code state}, which speaks a message: whether to listen for an opt-out while it plays. */
    boolean begin(StateSpec state, boolean optedOut) {
        ActionSpec.Kind kind = state.action() == null ? null : state.action().kind();
        boolean passing = kind == null && state.next() != null && !state.listens();
        active = optOut.isPresent() && !optedOut && !state.message().isEmpty()
                && (passing || kind == ActionSpec.Kind.HANGUP || kind == ActionSpec.Kind.CALLBACK);
        callerTalking = false;
        messageDone = false;
        return active;
    }

    boolean active() {
        return active;
    }

    /** The campaign's opt-out intent (present whenever {@link #active()}). */
    Optional<GlobalIntent> optOut() {
        return optOut;
    }

    /** Whether {@code reading} asks for no more calls, clearly or in part (a partial one is confirmed). */
    boolean optOutIn(Interpretation reading) {
        return reading.partial() || reading.clear() && reading.intentName().equals(optOut.map(GlobalIntent::name));
    }

    /** Whether the keyed intent is the opt-out. */
    boolean isOptOut(Optional<Intent> keyed) {
        return keyed.isPresent() && optOut.isPresent() && keyed.get() == optOut.get().intent();
    }

    /** The caller started talking (a partial result). */
    void callerTalking() {
        callerTalking = active;
    }

    /** The message has played: true when the call may go on now, false when the caller's words must be known first. */
    boolean messagePlayed() {
        messageDone = true;
        if (active && callerTalking) {
            return false;
        }
        active = false;
        return true;
    }

    /** What the caller said is known (and is no opt-out): true when the message had already played (go on now). */
    boolean callerDone() {
        callerTalking = false;
        if (active && messageDone) {
            active = false;
            return true;
        }
        return false;
    }

    void stop() {
        active = false;
    }
}
