package io.callbot.media;

import java.util.Optional;
import java.util.UUID;

/**
 * The port the call layer implements so the media server can tell expected AudioSocket connections from strays.
 * Called on a Netty event loop: the lookup must be quick and must not block (a map lookup, no database).
 */
@FunctionalInterface
public interface MediaCallRegistry {

    /**
     * The handler for the call attempt whose AudioSocket UUID (= the Originate's ChannelId) this is, or empty to
     * refuse the connection (an unknown or already finished attempt).
     */
    Optional<MediaCallHandler> accept(UUID callId);
}
