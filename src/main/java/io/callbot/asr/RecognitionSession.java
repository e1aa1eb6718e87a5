package io.callbot.asr;

/**
 * One call's recognition: takes the caller's audio (8 kHz, 16-bit signed, mono) and reports {@link RecognitionEvent}s
 * to the request's listener. All methods are non-blocking and safe from any thread (a Netty event loop included):
 * work is queued and done in order on the recognizer's executor.
 */
public interface RecognitionSession extends AutoCloseable {

    /** Queues caller audio: {@code length} samples of 8 kHz 16-bit mono from {@code offset} (copied). */
    void accept(short[] samples, int offset, int length);

    /** Queues caller audio given as signed 16-bit little-endian bytes (AudioSocket's slin payload), copied. */
    void acceptPcm16le(byte[] data, int offset, int length);

    /** Starts a listening turn (replacing any running one) with the session's turn settings. */
    void listen(Expectation expectation);

    /** Starts a listening turn with its own turn settings. */
    void listen(Expectation expectation, TurnSettings turn);

    /** Stops listening (no final result, no no-input) until the next {@link #listen}. Barge-in still works. */
    void stopListening();

    /** Tells the session whether the robot is talking: arms barge-in and pauses the no-input timer. */
    void robotSpeaking(boolean speaking);

    /**
     * Caller audio queued and not yet heard, in ms: how far recognition is behind the line (0 once it has caught up,
     * and once the session has ended). Events for audio already heard have been reported by then.
     */
    long queuedMillis();

    /** Ends the session and frees its recognizer; later audio is ignored. Idempotent. */
    @Override
    void close();
}
