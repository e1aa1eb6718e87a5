package io.callbot.media;

/**
 * What one call's media connection tells the call layer. Every method is called on that connection's Netty event loop,
 * one at a time, with the {@code call} MDC key set: implementations must return quickly and hand heavy work (ASR)
 * to their own executor.
 */
public interface MediaListener {

    /** A chunk of the caller's audio: 16-bit signed samples at 8 kHz, mono (converted when Asterisk sent another rate). */
    void onCallerAudio8kHz(short[] samples8kHz);

    /** A DTMF digit the caller pressed ('0'-'9', '*', '#', 'A'-'D'). */
    void onDtmf(char digit);

    /** A clip queued by {@code play} / {@code enqueue} finished playing or was stopped. */
    void onPlaybackFinished(long clipId, PlaybackOutcome outcome);

    /** The connection ended; called exactly once, last. */
    void onEnded(MediaEndReason reason);
}
