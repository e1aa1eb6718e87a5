package io.callbot.api;

/**
 * The open end of a server-sent-events response. {@link #send} may be called from any thread (the write happens on
 * the connection's event loop); it returns false once the client has gone.
 */
public interface EventSink {

    /** Sends one event ({@code event:} name and one {@code data:} line of JSON or text without newlines). */
    boolean send(String event, String data);

    /** Sends a comment line (keeps proxies and the client's connection from idling out; detects a gone client). */
    boolean ping();

    boolean isOpen();

    /** Runs {@code r} once when the client goes (at once if it already has). */
    void onClose(Runnable r);
}
