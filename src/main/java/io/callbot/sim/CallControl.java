package io.callbot.sim;

/** Lets the media side of a simulated call end it; thread-safe, and calls after the call ended are ignored. */
public interface CallControl {

    /** Who ended an answered call, which decides the Hangup cause Asterisk reports. */
    enum EndedBy {
        /** The robot's side ended it (AudioSocket hangup frame, AMI Hangup): Hangup cause 16. */
        ROBOT,
        /** The customer hung up: Hangup cause 0, as Asterisk 22 reports it. */
        CUSTOMER
    }

    /**
     * Ends the call now; the AMI side sends the matching HangupRequest / SoftHangupRequest / Hangup events. Ignored
     * once the channel left the audio (see {@link #onLeaveAudio}).
     */
    void end(EndedBy by);

    /** True once the call has ended (by either side, or by an AMI Hangup action). */
    boolean ended();

    /** Registers a callback run once when the call ends for any reason (e.g. the robot sent an AMI Hangup). */
    void onEnd(Runnable callback);

    /**
     * Registers a callback run once when the channel leaves {@code AudioSocket()} alive (an AMI Redirect sent it to
     * another extension): the audio leg must close as Asterisk closes it, without a hangup frame. From then on the
     * call's end is the dialplan's business, and {@link #end} from the audio side is ignored.
     */
    void onLeaveAudio(Runnable callback);
}
