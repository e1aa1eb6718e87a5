package io.callbot.asr;

/** Recognition for this session failed and the session is closed; the call should end or go on without ASR. */
public record RecognitionFailed(long atMillis, String reason) implements RecognitionEvent {
}
