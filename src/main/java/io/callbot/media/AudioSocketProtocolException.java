package io.callbot.media;

/** A protocol violation by the AudioSocket peer, with the end reason it maps to; thrown on the event loop. */
public final class AudioSocketProtocolException extends RuntimeException {

    private final MediaEndReason reason;

    public AudioSocketProtocolException(MediaEndReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public MediaEndReason reason() {
        return reason;
    }
}
