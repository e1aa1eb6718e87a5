package io.callbot.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Finds the route for a method and path. Built once at start, then read-only and thread-safe. */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String pattern, boolean authenticated, RouteHandler handler) {
        routes.add(new Route(method, pattern, authenticated, handler));
        routes.sort(Comparator.comparingInt(Route::literalCount).reversed());
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The outcome of a lookup: a route with its path parameters, or the methods the path allows (405), or neither (404). */
    public record Match(Route route, Map<String, String> params, Set<String> allowedMethods) {
    }

    public Match find(String method, String path) {
        List<String> segments = Route.split(path);
        Set<String> allowed = new TreeSet<>();
        for (Route r : routes) {
            Map<String, String> params = r.match(segments);
            if (params == null) {
                continue;
            }
            if (r.method().equals(method)) {
                return new Match(r, params, Set.of());
            }
            allowed.add(r.method());
        }
        return new Match(null, Map.of(), allowed);
    }
}
