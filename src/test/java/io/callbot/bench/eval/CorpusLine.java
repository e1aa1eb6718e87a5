package io.callbot.bench.eval;

/**
 * One labelled caller utterance of the evaluation corpus. An immutable value.
 *
 * @param id           unique across both splits (d001, h001, ...)
 * @param intent       what the robot must do, one of {@link Corpus#INTENTS}
 * @param category     plain, filler, long, mixed or short
 * @param callbackTime the time a callback names, as said, or null
 * @param text         what the caller says
 */
public record CorpusLine(String id, String intent, String category, String callbackTime, String text) {
}
