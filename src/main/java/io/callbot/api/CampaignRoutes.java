package io.callbot.api;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
        router.add("GET", base, true, r -> Json.ok(Map.of("campaigns", campaigns.list(Access.narrowed(Access.resources(r), r)))));
        router.add("GET", base + "/{id}", true, r -> Json.ok(campaigns.get(Access.narrowed(Access.resources(r), r), r.param("id"))
                .orElseThrow(() -> ApiException.notFound("campaign", r.param("id")))));
        router.add("GET", base + "/{id}/stats", true, r -> Json.ok(Map.of("campaign", r.param("id"),
                "funnel", campaigns.stats(Access.narrowed(Access.resources(r), r), r.param("id"))
                        .orElseThrow(() -> ApiException.notFound("campaign", r.param("id"))),
                "stages", Funnel.STAGES)));
        router.add("GET", base + "/{id}/no-match", true, r -> Json.ok(Map.of("campaign", r.param("id"),
                "answers", campaigns.noMatch(Access.narrowed(Access.resources(r), r), r.param("id"),
                                QueryParams.integer(r, "limit", 200, 1, 1000))
                        .orElseThrow(() -> ApiException.notFound("campaign", r.param("id"))))));
        router.add("GET", base + "/{id}/timeline", true, this::timeline);
        router.add("GET", base + "/{id}/answer-rate-by-local-hour", true, r -> Json.ok(Map.of("campaign", r.param("id"),
                "hours", campaigns.answerRateByLocalHour(Access.narrowed(Access.resources(r), r), r.param("id"))
                        .orElseThrow(() -> ApiException.notFound("campaign", r.param("id"))))));
        for (CampaignCommand c : CampaignCommand.values()) {
            router.add("POST", base + "/{id}/" + c.name().toLowerCase(Locale.ROOT), true, r -> control(r, c));
        }
        router.add("GET", ApiServer.PREFIX + "/stats", true, this::totals);
    }

    private ApiResponse control(ApiRequest r, CampaignCommand command) {
        TenantScope scope = Access.narrowed(Access.changes(r), r);
        String verb = command.name().toLowerCase(Locale.ROOT);
        try {
            refuseUnlessAllowed(scope, r.param("id"), command);
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

    /** Refused (409, audited) unless the campaign's state allows the command: the console enables exactly these. */
    private void refuseUnlessAllowed(TenantScope scope, String id, CampaignCommand command) {
        campaigns.get(scope, id).map(CampaignDetail::campaign).ifPresent(c -> {
            String refusal = CampaignControls.refusal(c.id(), c.state(), command);
            if (refusal != null) {
                throw new IllegalStateException(refusal);
            }
        });
    }

    /** {@code ?bucket=hour|day&tz=Zone&from=&to=}: the last 14 days (daily) or 48 hours (hourly) by default. */
    private ApiResponse timeline(ApiRequest r) {
        TenantScope scope = Access.narrowed(Access.resources(r), r);
        String bucket = r.queryParam("bucket") == null ? "day" : r.queryParam("bucket");
        if (!bucket.equals("day") && !bucket.equals("hour")) {
            throw new ApiException(400, "wrong_type", "query parameter 'bucket' must be hour or day, was '" + bucket + "'");
        }
        ZoneId zone;
        try {
            zone = r.queryParam("tz") == null ? ZoneOffset.UTC : ZoneId.of(r.queryParam("tz"));
        } catch (DateTimeException e) {
            throw new ApiException(400, "wrong_type", "query parameter 'tz' must be an IANA zone such as"
                    + " Europe/Berlin, was '" + r.queryParam("tz") + "'");
        }
        boolean daily = bucket.equals("day");
        Instant to = QueryParams.instant(r, "to", Instant.now());
        Instant from = QueryParams.instant(r, "from", to.minus(daily ? Duration.ofDays(14) : Duration.ofHours(48)));
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(Duration.ofDays(daily ? 400 : 31)) > 0) {
            throw ApiException.badRequest("'from' must be before 'to' and at most " + (daily ? "400 days" : "31 days")
                    + " apart for bucket=" + bucket);
        }
        return Json.ok(campaigns.timeline(scope, r.param("id"), from, to, daily, zone)
                .orElseThrow(() -> ApiException.notFound("campaign", r.param("id"))));
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
            // ids are unique per tenant only: the campaign's own tenant says which one
            Funnel f = scope.only(c.tenant()).flatMap(one -> campaigns.stats(one, c.id())).orElse(Funnel.EMPTY);
            byTenant.merge(c.tenant(), f, Funnel::plus);
            total = total.plus(f);
            count++;
        }
        List<Map<String, Object>> rows = byTenant.entrySet().stream().map(e -> Map.<String, Object>of(
                "tenant", e.getKey(), "kind", scope.visible().get(e.getKey()).kind(), "funnel", e.getValue())).toList();
        return Json.ok(Map.of("tenant", scope.caller().id(), "campaigns", count, "total", total, "byTenant", rows,
                "stages", Funnel.STAGES));
    }
}
