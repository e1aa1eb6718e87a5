package io.callbot.asr;

/** The caller said nothing for the turn's no-input timeout (counted while the robot was silent); a value. */
public record NoInput(long atMillis) implements RecognitionEvent {
}
