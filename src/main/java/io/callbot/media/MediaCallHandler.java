package io.callbot.media;

/**
 * Takes over an accepted AudioSocket connection for one call. Called once on the connection's Netty event loop; must
 * not block.
 */
@FunctionalInterface
public interface MediaCallHandler {

    /** Receives the new session (to play audio and hang up) and returns the listener for its inbound events. */
    MediaListener start(MediaSession session);

    /** Whether both directions of this call are recorded to a WAV file (per campaign); off unless overridden. */
    default boolean recordAudio() {
        return false;
    }
}
