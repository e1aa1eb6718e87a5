package io.callbot.sim.voice;

/** A caller voice cannot be used: unknown engine or voice, a program missing, or the program failed. */
public final class VoiceUnavailableException extends RuntimeException {

    public VoiceUnavailableException(String message) {
        super(message);
    }

    public VoiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
