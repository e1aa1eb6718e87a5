package io.callbot.api;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unauthenticated endpoints: liveness, readiness, Prometheus metrics, the OpenAPI document, the CRM event schemas
 * and the dashboard's
 * static files (served from the classpath, {@code dashboard/}). Stateless; handlers run on the API pool.
 */
final class SystemRoutes {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml");
    /** The console's files under {@code dashboard/} on the classpath (vendored libraries under {@code vendor/}). */
    static final List<String> DASHBOARD_FILES = List.of("index.html", "app.js", "api.js", "format.js", "views.js",
            "charts.js", "style.css", "vendor/chart.umd.min.js", "vendor/cronstrue.min.js");

    private final List<ReadinessCheck> checks;
    private final PrometheusMeterRegistry metrics;

    SystemRoutes(List<ReadinessCheck> checks, PrometheusMeterRegistry metrics) {
        this.checks = checks;
        this.metrics = metrics;
    }

    void register(Router router) {
        router.add("GET", "/health", false, r -> Json.ok(Map.of("status", "up")));
        router.add("GET", "/ready", false, r -> ready());
        router.add("GET", "/metrics", false, r -> ApiResponse.text(200,
                "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
        router.add("GET", ApiServer.PREFIX + "/openapi.yaml", false,
                r -> ApiResponse.of(200, "application/yaml", resource("openapi.yaml")));
        router.add("GET", ApiServer.PREFIX + "/events/schemas", false, r -> Json.ok(EventSchemas.index()));
        router.add("GET", ApiServer.PREFIX + "/events/schemas/{file}", false, r -> EventSchemas.file(r.param("file")));
        router.add("GET", "/", false, r -> staticFile("index.html"));
        for (String f : DASHBOARD_FILES) {
            router.add("GET", "/dashboard/" + f, false, r -> staticFile(f));
        }
    }

    private ApiResponse ready() {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean all = true;
        for (ReadinessCheck c : checks) {
            ReadinessCheck.Status s;
            try {
                s = c.check();
            } catch (RuntimeException e) {
                s = ReadinessCheck.Status.down("check failed: " + e.getClass().getSimpleName());
            }
            all &= s.up();
            out.put(c.name(), Map.of("up", s.up(), "detail", s.detail()));
        }
        return Json.response(all ? 200 : 503, Map.of("ready", all, "checks", out));
    }

    private static ApiResponse staticFile(String name) throws IOException {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return ApiResponse.of(200, TYPES.get(ext), resource("dashboard/" + name));
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = SystemRoutes.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }
}
