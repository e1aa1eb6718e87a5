package io.callbot.asr;

/**
 * Receives a session's events. Called on a recognition executor thread, one event at a time and in order per
 * session: it must not block; hand the event to the call's own thread.
 */
@FunctionalInterface
public interface RecognitionListener {
    void on(RecognitionEvent event);
}
