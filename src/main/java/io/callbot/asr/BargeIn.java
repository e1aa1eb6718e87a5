package io.callbot.asr;

/** The caller spoke over the robot for at least the minimum barge-in duration: stop playback; a value. */
public record BargeIn(long atMillis) implements RecognitionEvent {
}
