package io.callbot.asr;

import java.util.Objects;

/**
 * What a call asks of recognition when it opens its session; an immutable value.
 *
 * @param callId put in the MDC around recognition work and in error messages
 * @param expectation the first listening state, or null to open idle until {@link RecognitionSession#listen}
 * @param turn end-of-turn, no-input and barge-in timings for this call
 * @param listener receives the session's events
 */
public record RecognitionRequest(String callId, Expectation expectation, TurnSettings turn,
        RecognitionListener listener) {

    public RecognitionRequest {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(turn, "turn");
        Objects.requireNonNull(listener, "listener");
    }
}
