package io.callbot.tts;

import io.callbot.audio.Pcm8k;

/**
 * Port: turns text into telephone audio. Implementations say their own thread model; callers on latency-sensitive
 * threads go through {@link PromptCache} instead, which renders ahead of time on its own executor.
 */
public interface SpeechSynthesizer {

    /**
     * Speaks {@code text} exactly as given (no normalization here; {@link PromptCache} normalizes first).
     * Blocks for the synthesis time.
     *
     * @throws SynthesisException if the voice is unknown or the engine fails
     */
    Pcm8k synthesize(String text, TtsVoice voice);

    /** The voice used when a caller names none. */
    TtsVoice defaultVoice();
}
