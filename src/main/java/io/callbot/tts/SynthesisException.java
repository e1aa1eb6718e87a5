package io.callbot.tts;

/**
 * Synthesis could not produce audio: unknown voice, engine failure, full render queue. The message names the voice
 * and the start of the text. Immutable once thrown.
 */
public class SynthesisException extends RuntimeException {

    public SynthesisException(String message) {
        super(message);
    }

    public SynthesisException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Prompt text can be personal (names, amounts): messages and logs quote only its start. */
    static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 40 ? "'" + oneLine + "'"
                : "'" + oneLine.substring(0, 40) + "...' (" + oneLine.length() + " chars)";
    }
}
