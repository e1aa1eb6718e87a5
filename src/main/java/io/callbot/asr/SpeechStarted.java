package io.callbot.asr;

/** The caller started speaking in a listening turn; an immutable value. {@code speechStartMillis} is the onset. */
public record SpeechStarted(long atMillis, long speechStartMillis) implements RecognitionEvent {
}
