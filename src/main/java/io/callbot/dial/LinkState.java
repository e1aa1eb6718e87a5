package io.callbot.dial;

/** The state of the dialer's link to the PBX. */
public enum LinkState {
    /** Not started, or closed. */
    DISCONNECTED,
    /** First login in progress (or being retried after a network error). */
    CONNECTING,
    /** Logged in; calls are being placed. */
    CONNECTED,
    /** The link dropped; Asterisk-Java is reconnecting; calls in flight are in doubt. */
    RECONNECTING,
    /** The PBX refused the credentials; retried with backoff until an operator fixes them. */
    LOGIN_REFUSED
}
