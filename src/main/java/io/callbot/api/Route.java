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
                params.put(s.substring(1, s.length() - 1), decode(pathSegments.get(i)));
            } else if (!s.equals(pathSegments.get(i))) {
                return null;
            }
        }
        return params;
    }

    /**
     * A parameter segment percent-decoded as RFC 3986 says ({@code CRM%201} is {@code CRM 1}, {@code %2F} a slash inside
     * the value; {@code +} stays a plus: it means space only in form bodies). A malformed escape is kept as sent.
     */
    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }

    /** Literal segments rank before parameters, so {@code /calls/live} wins over {@code /calls/{id}}. */
    int literalCount() {
        return (int) segments().stream().filter(s -> !s.startsWith("{")).count();
    }

    static List<String> split(String path) {
        return List.of(path.replaceAll("^/+|/+$", "").split("/+"));
    }
}
