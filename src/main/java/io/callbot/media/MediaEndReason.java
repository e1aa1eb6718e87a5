package io.callbot.media;

/** Why a media connection ended; the call layer maps it to the attempt's result. Immutable. */
public enum MediaEndReason {
    /** The peer closed the TCP connection: what Asterisk does when the customer hangs up. */
    PEER_CLOSED,
    /** The peer sent a 0x00 hangup frame. */
    PEER_HANGUP_FRAME,
    /** The peer sent a 0xff error frame. */
    PEER_ERROR_FRAME,
    /** The robot hung up ({@link MediaSession#hangup()}): a 0x00 frame was sent. */
    ROBOT_HANGUP,
    /** A frame whose length does not fit its kind (a UUID not 16 bytes, odd audio, ...), or a non-UUID first frame. */
    MALFORMED_FRAME,
    /** A frame kind byte the protocol does not define. */
    UNKNOWN_KIND,
    /** A frame longer than the configured limit. */
    OVERSIZE_FRAME,
    /** Nothing received from the peer for longer than the configured timeout. */
    PEER_SILENT_TIMEOUT,
    /** The connection failed (reset, broken pipe, I/O error): the peer vanished. */
    CONNECTION_LOST,
    /** The listener threw; the call is ended rather than left half-working. */
    LISTENER_FAILED,
    /** The media server is shutting down. */
    SERVER_SHUTDOWN
}
