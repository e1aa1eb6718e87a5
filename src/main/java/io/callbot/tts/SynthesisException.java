package io.callbot.tts;

/** Synthesis could not produce audio: unknown voice, engine failure, bad input. The message names the voice and text. */
public class SynthesisException extends RuntimeException {

    public SynthesisException(String message) {
        super(message);
    }

    public SynthesisException(String message, Throwable cause) {
        super(message, cause);
    }
}
