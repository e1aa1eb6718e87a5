package io.callbot.api;

/** One endpoint's logic; runs on the API handler pool, never on a Netty event loop. */
@FunctionalInterface
public interface RouteHandler {
    ApiResponse handle(ApiRequest request) throws Exception;
}
