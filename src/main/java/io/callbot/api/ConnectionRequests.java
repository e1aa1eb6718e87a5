package io.callbot.api;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The requests one HTTP/1.1 connection has sent and not had answered, handled one at a time in arrival order: a
 * client may pipeline requests, and HTTP/1.1 wants the responses in request order (RFC 9112 §9.3.2); handling them
 * one after the other also applies their effects in the order the client sent them. Confined to the connection's
 * event loop.
 */
final class ConnectionRequests {

    /** One request's handling; calls {@code next} (on the event loop) once its response is written. */
    interface Work {
        void start(Runnable next);
    }

    private final Deque<Work> waiting = new ArrayDeque<>();
    private boolean busy;
    private boolean closed;

    /** Handles {@code work} now if nothing earlier is in hand, else after the earlier requests are answered. */
    void submit(Work work) {
        if (closed) {
            return;
        }
        waiting.add(work);
        if (!busy) {
            next();
        }
    }

    private void next() {
        Work work = waiting.poll();
        busy = work != null;
        if (work != null) {
            work.start(this::next);
        }
    }

    /** The connection is closing or was taken over (a stream): requests behind it are never answered. */
    void close() {
        closed = true;
        waiting.clear();
    }
}
