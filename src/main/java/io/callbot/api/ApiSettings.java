package io.callbot.api;

/**
 * How the API listens: bind address, port (0 = any free port), largest accepted body, handler pool size and its
 * queue length (requests beyond it get 503). Immutable value.
 */
public record ApiSettings(String host, int port, int maxBodyBytes, int handlerThreads, int handlerQueue) {

    public static ApiSettings defaults(String host, int port) {
        return new ApiSettings(host, port, 10 * 1024 * 1024, 8, 1000);
    }

    public ApiSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("api.port must be 0..65535, was " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("api.max_body_bytes must be > 0, was " + maxBodyBytes);
        }
        if (handlerThreads <= 0 || handlerQueue <= 0) {
            throw new IllegalArgumentException("api.handler_threads and api.handler_queue must be > 0, were "
                    + handlerThreads + " and " + handlerQueue);
        }
    }
}
