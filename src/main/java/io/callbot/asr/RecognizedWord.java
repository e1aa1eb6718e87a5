package io.callbot.asr;

/** One recognized word and the recognizer's confidence in it (0..1); {@code [unk]} marks out-of-grammar speech. */
public record RecognizedWord(String word, double confidence) {
}
