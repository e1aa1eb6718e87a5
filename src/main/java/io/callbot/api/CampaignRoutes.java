package io.callbot.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Campaign endpoints and the aggregate stats endpoint. Stateless; handlers run on the API pool. */
final class CampaignRoutes {
    /** One line per control action (who paused, resumed, started or cancelled what), under its own logger name. */
    private static final org.slf4j.Logger AUDIT = org.slf4j.LoggerFactory.getLogger("callbot.audit");
    private final CampaignPort campaigns;

    CampaignRoutes(CampaignPort campaigns) {
        this.campaigns = campaigns;
    }

    void register(Router router) {
        String base = ApiServer.PREFIX + "/campaigns";
        router.add("GET", base, true, r -> Json.ok(Map.of("campaigns", campaigns.list(Access.resources(r)))));
        router.add("GET", base + "/{id}", true, r -> Json.ok(campaigns.get(Access.resources(r), r.param("id"))
                .orElseThrow(() -> ApiException.notFound("campaign", r.param("id")))));
        router.add("GET", base + "/{id}/stats", true, r -> Json.ok(Map.of("campaign", r.param("id"),
                "funnel", campaigns.stats(Access.resources(r), r.param("id"))
                        .orElseThrow(() -> ApiException.notFound("campaign", r.param("id"))))));
        for (CampaignCommand c : CampaignCommand.values()) {
            router.add("POST", base + "/{id}/" + c.name().toLowerCase(Locale.ROOT), true, r -> control(r, c));
        }
        router.add("GET", ApiServer.PREFIX + "/stats", true, this::totals);
    }

    private ApiResponse control(ApiRequest r, CampaignCommand command) {
        TenantScope scope = Access.changes(r);
        String verb = command.name().toLowerCase(Locale.ROOT);
        try {
            ApiResponse done = Json.ok(campaigns.control(scope, r.param("id"), command)
                    .orElseThrow(() -> ApiException.notFound("campaign", r.param("id"))));
            AUDIT.info("audit: {} campaign={} tenant={} token={} result=done", verb, r.param("id"), r.caller().tenantId(),
                    r.caller().tokenName());
            return done;
        } catch (IllegalStateException e) {
            AUDIT.info("audit: {} campaign={} tenant={} token={} result=refused ({})", verb, r.param("id"),
                    r.caller().tenantId(), r.caller().tokenName(), e.getMessage());
            throw new ApiException(409, "invalid_state", e.getMessage());
        } catch (ApiException e) {
            AUDIT.info("audit: {} campaign={} tenant={} token={} result={}", verb, r.param("id"), r.caller().tenantId(),
                    r.caller().tokenName(), e.status());
            throw e;
        }
    }

    /** Funnel totals over every visible campaign, and per tenant; the only campaign data a platform token sees. */
    private ApiResponse totals(ApiRequest r) {
        TenantScope scope = r.caller().scope();
        Map<String, Funnel> byTenant = new LinkedHashMap<>();
        scope.tenantIds().forEach(t -> byTenant.put(t, Funnel.EMPTY));
        Funnel total = Funnel.EMPTY;
        int count = 0;
        for (CampaignSummary c : campaigns.list(scope)) {
            if (!scope.sees(c.tenant())) {
                continue; // a port bug must not leak another tenant's numbers
            }
            Funnel f = campaigns.stats(scope, c.id()).orElse(Funnel.EMPTY);
            byTenant.merge(c.tenant(), f, Funnel::plus);
            total = total.plus(f);
            count++;
        }
        List<Map<String, Object>> rows = byTenant.entrySet().stream().map(e -> Map.<String, Object>of(
                "tenant", e.getKey(), "kind", scope.visible().get(e.getKey()).kind(), "funnel", e.getValue())).toList();
        return Json.ok(Map.of("tenant", scope.caller().id(), "campaigns", count, "total", total, "byTenant", rows));
    }
}
