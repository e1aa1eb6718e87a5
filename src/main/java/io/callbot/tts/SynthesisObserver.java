package io.callbot.tts;

import java.time.Duration;

/**
 * Told how long each synthesis took, for metrics (cache hits and misses are counted in {@link PromptCacheStats}).
 * Called on the prompt cache's render threads after each synthesis: implementations must be thread-safe, quick,
 * and not throw.
 */
@FunctionalInterface
public interface SynthesisObserver {

    /** Observes nothing. */
    SynthesisObserver NONE = (took, audio) -> { };

    /** One prompt was synthesized (a cache miss): {@code took} to make {@code audio} of speech. */
    void synthesized(Duration took, Duration audio);
}
