package io.callbot.asr;

import java.util.Collection;
import java.util.Set;

/**
 * Speech recognition for many calls at once: opens one {@link RecognitionSession} per call. Thread-safe.
 */
public interface SpeechRecognizer extends AutoCloseable {

    /** Opens a session for one call; it must be closed when the call ends. */
    RecognitionSession open(RecognitionRequest request);

    /**
     * The words of these phrases the model cannot recognize (they would be ignored in a grammar), lower case, so a
     * campaign can be rejected or warned about at load time. Empty when the model's vocabulary is not readable.
     */
    Set<String> unknownWords(Collection<String> phrases);

    /** Closes open sessions and frees the model. */
    @Override
    void close();
}
