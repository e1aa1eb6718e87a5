package io.callbot.asr;

import java.util.List;
import java.util.Optional;

/**
 * The end of a caller's turn: what was said; an immutable value.
 *
 * @param text the recognized words joined by spaces, lower case; may contain {@code [unk]} in grammar mode
 * @param words each word with its confidence
 * @param confidence mean word confidence, 0 when no word
 * @param matchedPhrase the expected phrase (as the dialog spelled it) that the text equals, if any
 * @param speechStartMillis where the turn's speech began in the caller audio
 * @param speechEndMillis where the turn's last speech frame ended
 * @param endReason why the turn ended
 * @param secondPass what a free-form pass over the same audio heard, when the expectation's
 *        {@link SecondPassRule} found the grammar pass unsure
 */
public record FinalResult(long atMillis, String text, List<RecognizedWord> words, double confidence,
        Optional<String> matchedPhrase, long speechStartMillis, long speechEndMillis,
        TurnDetector.EndReason endReason, Optional<SecondPass> secondPass) implements RecognitionEvent {

    public FinalResult {
        words = List.copyOf(words);
        secondPass = secondPass == null ? Optional.empty() : secondPass;
    }

    /** True when the caller said something outside the grammar ({@code [unk]}) and no expected phrase matched. */
    public boolean outOfGrammar() {
        return matchedPhrase.isEmpty() && words.stream().anyMatch(w -> w.word().equals(GrammarBuilder.UNKNOWN));
    }
}
