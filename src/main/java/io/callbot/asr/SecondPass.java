package io.callbot.asr;

import java.time.Duration;
import java.util.List;

/**
 * What the free-form pass over a turn's audio heard; an immutable value.
 *
 * @param text       the recognized words joined by spaces, lower case
 * @param words      each word with its confidence
 * @param confidence mean word confidence, 0 when no word
 * @param decode     recognizer time the pass took (its CPU cost, near enough: decoding is single-threaded)
 * @param audio      how much audio it decoded
 * @param early      true when it had started during the turn (the grammar pass's partial result held
 *                   {@code [unk]}), so only the turn's tail was left to decode once the turn ended
 * @param alternatives the pass's next-best readings of the same audio, best first, without {@code text}
 */
public record SecondPass(String text, List<RecognizedWord> words, double confidence, Duration decode, Duration audio,
        boolean early, List<String> alternatives) {

    public SecondPass {
        words = List.copyOf(words);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }
}
