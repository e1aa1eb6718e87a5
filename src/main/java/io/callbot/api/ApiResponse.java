package io.callbot.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * A response before Netty encodes it: status, content type, body bytes, extra headers, for a server-sent-events
 * response the stream that feeds it, and for a file the file, sent from disk in chunks (null otherwise; the body is
 * then empty). Immutable value.
 */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers,
                          EventStream stream, Path file) {

    public ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, null, null);
    }

    public static ApiResponse of(int status, String contentType, byte[] body) {
        return new ApiResponse(status, contentType, body, Map.of());
    }

    public static ApiResponse text(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A {@code text/event-stream} response fed by {@code stream}. */
    public static ApiResponse events(EventStream stream) {
        return new ApiResponse(200, "text/event-stream; charset=utf-8", new byte[0], Map.of(), stream, null);
    }

    /** A 200 whose body is {@code file}, read from disk as it is sent (a recording need not fit in memory). */
    public static ApiResponse file(String contentType, Path file) {
        return new ApiResponse(200, contentType, new byte[0], Map.of(), null, file);
    }

    public ApiResponse withHeader(String name, String value) {
        var h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new ApiResponse(status, contentType, body, Map.copyOf(h), stream, file);
    }
}
