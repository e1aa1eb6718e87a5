package io.callbot.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /me}: who the token is (tenant, kind, role) and which tenants it may switch to with the
 * {@value ApiDispatcher#TENANT_HEADER} header (a merchant: itself and its sub-merchants). Stateless.
 */
final class SessionRoutes {

    void register(Router router) {
        router.add("GET", ApiServer.PREFIX + "/me", true, r -> {
            TenantScope scope = r.caller().scope();
            List<Map<String, Object>> tenants = scope.isPlatform() ? List.of()
                    : scope.visible().values().stream().map(t -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", t.id());
                        m.put("kind", t.kind());
                        m.put("parentId", t.parentId());
                        return m;
                    }).toList();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("tenant", scope.caller().id());
            body.put("kind", scope.caller().kind());
            body.put("role", r.caller().role());
            body.put("switchable", tenants);
            return Json.ok(body);
        });
    }
}
