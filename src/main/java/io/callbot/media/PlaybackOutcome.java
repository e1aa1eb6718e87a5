package io.callbot.media;

/** How a queued clip left the playback queue. Immutable. */
public enum PlaybackOutcome {
    /** Every sample of the clip was sent to the caller. */
    COMPLETED,
    /** {@link MediaSession#stopPlayback()} or {@link MediaSession#play(short[])} cut it off or dropped it unplayed. */
    STOPPED
}
