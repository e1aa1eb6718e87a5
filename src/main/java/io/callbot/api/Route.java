package io.callbot.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A method plus a path pattern such as {@code /api/v1/calls/{id}}, whether it needs a token, and its handler.
 * Immutable; matching is allocation-light and thread-safe.
 */
public record Route(String method, String pattern, boolean authenticated, RouteHandler handler) {

    List<String> segments() {
        return split(pattern);
    }

    /** The path parameters when {@code path} fits the pattern, else null. */
    Map<String, String> match(List<String> pathSegments) {
        List<String> mine = segments();
        if (mine.size() != pathSegments.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < mine.size(); i++) {
            String s = mine.get(i);
            if (s.startsWith("{") && s.endsWith("}")) {
                params.put(s.substring(1, s.length() - 1), pathSegments.get(i));
            } else if (!s.equals(pathSegments.get(i))) {
                return null;
            }
        }
        return params;
    }

    /** Literal segments rank before parameters, so {@code /calls/live} wins over {@code /calls/{id}}. */
    int literalCount() {
        return (int) segments().stream().filter(s -> !s.startsWith("{")).count();
    }

    static List<String> split(String path) {
        return List.of(path.replaceAll("^/+|/+$", "").split("/+"));
    }
}
