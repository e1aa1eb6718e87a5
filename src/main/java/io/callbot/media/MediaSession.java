package io.callbot.media;

import java.util.UUID;

/**
 * The robot's side of one call's audio: paced playback to the caller and hang-up. Thread-safe: any thread may call it;
 * nothing here blocks.
 */
public interface MediaSession {

    /** The AudioSocket UUID of the call (the call attempt's id). */
    UUID callId();

    /**
     * Replaces whatever is playing or queued (those clips end {@link PlaybackOutcome#STOPPED}) with this clip of
     * 16-bit 8 kHz mono samples; returns its clip id.
     */
    long play(short[] pcm8kHz);

    /** Queues a clip of 16-bit 8 kHz mono samples after those already queued; returns its clip id. */
    long enqueue(short[] pcm8kHz);

    /** Barge-in: drops the playing and queued clips; the next 20 ms frame sent is silence. */
    void stopPlayback();

    /** Whether a clip is playing or queued. */
    boolean isPlaying();

    /** Sends a 0x00 hangup frame after the audio already sent, then closes; the listener gets ROBOT_HANGUP. */
    void hangup();

    /** False once the connection ended. */
    boolean isOpen();
}
