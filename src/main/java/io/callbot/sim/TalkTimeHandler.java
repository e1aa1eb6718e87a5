package io.callbot.sim;

/**
 * The default answered-call handler when no AudioSocket caller is plugged in: keeps the call up for the persona's
 * talk time, then ends it (the customer hangs up for {@link Behaviour#HANGUP_MID_CALL}, else the robot side does,
 * cause 16). Runs its timers on the {@link SimTimer}; thread-safe.
 */
public final class TalkTimeHandler implements AnsweredCallHandler {

    private final SimTimer timer;

    public TalkTimeHandler(SimTimer timer) {
        this.timer = timer;
    }

    @Override
    public void answered(String uuid, String mediaAddress, Persona persona, CallControl control) {
        CallControl.EndedBy by = persona.behaviour() == Behaviour.HANGUP_MID_CALL
                ? CallControl.EndedBy.CUSTOMER : CallControl.EndedBy.ROBOT;
        timer.after(persona.talkDuration(), () -> control.end(by));
    }
}
