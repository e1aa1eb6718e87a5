package io.callbot.sim.audio;

/** How a simulated call's AudioSocket connection ended, from the caller's side. Immutable. */
public enum CallerOutcome {
    /** The script hung up (socket closed without a 0x00 frame, as Asterisk does). */
    CALLER_HUNG_UP,
    /** The robot sent a 0x00 hangup frame; the caller then closed, as Asterisk does. */
    ROBOT_HANGUP_FRAME,
    /** The robot closed the connection without a hangup frame. */
    ROBOT_CLOSED,
    /** A wait step timed out; the caller hung up. */
    SCRIPT_TIMEOUT,
    /** The robot's media port could not be reached. */
    CONNECT_FAILED,
    /** The connection broke (reset, I/O error). */
    CONNECTION_ERROR,
    /**
     * The PBX took the channel out of AudioSocket() alive (an AMI Redirect to a person): the connection was closed
     * without a hangup frame, as Asterisk closes it.
     */
    LEFT_BY_PBX
}
