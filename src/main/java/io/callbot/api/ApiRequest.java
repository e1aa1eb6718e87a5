package io.callbot.api;

import java.util.List;
import java.util.Map;

/**
 * A parsed request handed to a route handler: path parameters, query parameters, lower-case content type, body,
 * and the authenticated caller (null on public routes). Immutable value.
 */
public record ApiRequest(String method, String path, Map<String, String> pathParams,
                         Map<String, List<String>> query, String contentType, byte[] body, Caller caller) {

    public String param(String name) {
        return pathParams.get(name);
    }

    /** The single value of a query parameter, or null. */
    public String queryParam(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
