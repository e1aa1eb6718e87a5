package io.callbot.asr;

/**
 * What a {@link RecognitionSession} reports, in order, per session. Each event carries {@code atMillis}: the position
 * in the session's caller audio (8 kHz samples received / 8), so timings are independent of processing delay.
 */
public sealed interface RecognitionEvent
        permits SpeechStarted, PartialResult, FinalResult, NoInput, BargeIn, RecognitionFailed {

    /** Position in the caller audio when the event was decided, in ms since the session opened. */
    long atMillis();
}
