package io.callbot.sim;

/** What a simulated customer does when called; each maps to the event sequence a real Asterisk 22 sends for it. */
public enum Behaviour {
    /** Rings, answers after the answer delay, talks, then the robot side ends the call (cause 16). */
    ANSWER,
    /** Answers, then hangs up mid-call after the talk duration (Hangup cause 0). */
    HANGUP_MID_CALL,
    /** Answers with a long greeting: AMD reports MACHINE. */
    MACHINE,
    /** SIP 486: Hangup cause 17. */
    BUSY,
    /** SIP 603: Hangup cause 21. */
    DECLINE,
    /** SIP 480: Hangup cause 19 before the originate timeout. */
    TEMPORARILY_UNAVAILABLE,
    /** Rings until the originate timeout: OriginateResponse Reason 3, Hangup cause 19. */
    NO_ANSWER,
    /** No user agent: SIP times out with 408, Hangup cause 18. */
    UNREACHABLE,
    /** Unknown endpoint: only OriginateResponse Failure Reason 0, no channel events. */
    INVALID_NUMBER,
    /** SIP 503: Hangup cause 34. */
    CONGESTION,
    /** SIP 488 Not Acceptable Here (no common codec): Hangup cause 58, which a dialer reports as a plain failure. */
    INCOMPATIBLE
}
