package io.callbot.asr;

/** The words heard so far in the current turn (changes only); an immutable value. */
public record PartialResult(long atMillis, String text) implements RecognitionEvent {
}
