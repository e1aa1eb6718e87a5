package io.callbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint that names a resource, called with a token that must not see it, answers 404 (never 403: no leak
 * of existence); lists never include other tenants' rows; the platform sees only aggregates.
 */
class TenancyMatrixTest {
    private static ApiHarness api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiHarness();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** One request addressing a resource owned by {@code owner}. */
    record Probe(String method, String pattern, String path, String contentType, String body) {
    }

    /** Every route with a resource id, aimed at {@code owner}'s resources. */
    static List<Probe> probes(Fixture f, Tenant owner) {
        String camp = "camp-" + owner.id();
        String cust = "cust-" + owner.id();
        String call = f.callIds.get(owner.id()).toString();
        String v1 = ApiServer.PREFIX;
        List<Probe> p = new ArrayList<>();
        p.add(new Probe("GET", v1 + "/campaigns/{id}", v1 + "/campaigns/" + camp, null, null));
        p.add(new Probe("GET", v1 + "/campaigns/{id}/stats", v1 + "/campaigns/" + camp + "/stats", null, null));
        for (String view : List.of("no-match", "timeline", "answer-rate-by-local-hour")) {
            p.add(new Probe("GET", v1 + "/campaigns/{id}/" + view, v1 + "/campaigns/" + camp + "/" + view, null, null));
        }
        for (String c : List.of("start", "pause", "resume", "cancel")) {
            p.add(new Probe("POST", v1 + "/campaigns/{id}/" + c, v1 + "/campaigns/" + camp + "/" + c, null, null));
        }
        p.add(new Probe("GET", v1 + "/customers/{id}", v1 + "/customers/" + cust, null, null));
        p.add(new Probe("POST", v1 + "/customers/{id}/tags", v1 + "/customers/" + cust + "/tags",
                "application/json", "{\"add\":[\"vip\"]}"));
        p.add(new Probe("PUT", v1 + "/customers/{id}/do-not-call", v1 + "/customers/" + cust + "/do-not-call",
                "application/json", "{\"reason\":\"asked\"}"));
        p.add(new Probe("DELETE", v1 + "/customers/{id}/do-not-call", v1 + "/customers/" + cust + "/do-not-call",
                null, null));
        p.add(new Probe("GET", v1 + "/customers/{id}/why", v1 + "/customers/" + cust + "/why?campaign=" + camp,
                null, null));
        p.add(new Probe("GET", v1 + "/calls/{id}", v1 + "/calls/" + call, null, null));
        p.add(new Probe("GET", v1 + "/calls/{id}/recording", v1 + "/calls/" + call + "/recording", null, null));
        p.add(new Probe("POST", v1 + "/webhooks/dead-letters/{id}/replay",
                v1 + "/webhooks/dead-letters/dl-" + owner.id() + "/replay", null, null));
        return p;
    }

    private static ApiHarness.Reply call(Tenant as, Probe p) {
        return api.send(p.method(), p.path(), api.fixture.token(as), p.contentType(), p.body());
    }

    @Test
    void matrixCoversEveryRouteThatNamesAResource() {
        Set<String> probed = probes(api.fixture, Fixture.GLOBEX).stream()
                .map(p -> p.method() + " " + p.pattern()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> routes = api.server.router().routes().stream()
                .filter(r -> r.authenticated() && r.pattern().contains("{")) // public routes name no tenant's data
                .map(r -> r.method() + " " + r.pattern()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(probed).isEqualTo(routes);
    }

    @Test
    void anotherMerchantsResourcesAre404() {
        for (Probe p : probes(api.fixture, Fixture.GLOBEX)) {
            ApiHarness.Reply r = call(Fixture.ACME, p);
            assertThat(r.status()).as(p.method() + " " + p.path()).isEqualTo(404);
            assertThat(r.errorCode()).isEqualTo("not_found");
        }
        for (Probe p : probes(api.fixture, Fixture.ACME)) {
            assertThat(call(Fixture.GLOBEX, p).status()).as("globex: " + p.method() + " " + p.path()).isEqualTo(404);
        }
        assertThat(api.fixture.campaigns.get("camp-globex").state()).isEqualTo("RUNNING");
        assertThat(api.fixture.customers.get("cust-globex").tags()).doesNotContain("vip");
    }

    @Test
    void aSubMerchantCannotSeeItsParentsOrItsSiblingsData() {
        for (Tenant other : List.of(Fixture.ACME, Fixture.GLOBEX)) {
            for (Probe p : probes(api.fixture, other)) {
                assertThat(call(Fixture.EAST, p).status()).as("east: " + p.method() + " " + p.path()).isEqualTo(404);
            }
        }
        assertThat(ids(api.get("/api/v1/campaigns", Fixture.EAST).json().path("campaigns")))
                .containsExactly("camp-acme-east");
    }

    @Test
    void aMerchantSeesItsSubMerchantsData() {
        ApiHarness.Reply r = api.get("/api/v1/customers/cust-acme-east", Fixture.ACME);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("tenant").asText()).isEqualTo("acme-east");
        assertThat(api.get("/api/v1/calls/" + api.fixture.callIds.get("acme-east"), Fixture.ACME).status())
                .isEqualTo(200);
    }

    @Test
    void tenantNarrowsCampaignsAndCallsToOneVisibleTenant() {
        // campaign ids are unique per tenant only: a merchant names the sub-merchant whose campaign or calls it means
        assertThat(ids(api.get("/api/v1/campaigns?tenant=acme-east", Fixture.ACME).json().path("campaigns")))
                .containsExactly("camp-acme-east");
        assertThat(tenants(api.get("/api/v1/calls?tenant=acme-east", Fixture.ACME).json().path("calls")))
                .containsOnly("acme-east");
        assertThat(api.get("/api/v1/campaigns/camp-acme?tenant=acme-east", Fixture.ACME).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/calls?tenant=globex", Fixture.ACME).status()).isEqualTo(404);
    }

    @Test
    void listsHoldOnlyVisibleTenantsRows() {
        assertThat(ids(api.get("/api/v1/campaigns", Fixture.ACME).json().path("campaigns")))
                .containsExactlyInAnyOrder("camp-acme", "camp-acme-east");
        assertThat(tenants(api.get("/api/v1/calls", Fixture.ACME).json().path("calls")))
                .containsOnly("acme", "acme-east");
        assertThat(tenants(api.get("/api/v1/calls/live", Fixture.GLOBEX).json().path("calls")))
                .containsOnly("globex");
        assertThat(tenants(api.get("/api/v1/webhooks/dead-letters", Fixture.EAST).json().path("deadLetters")))
                .containsOnly("acme-east");
    }

    @Test
    void platformSeesAggregatesOnly() {
        JsonNode stats = api.get("/api/v1/stats", Fixture.PLATFORM).json();
        // fixture funnels: targeted 100, 200, 300 for acme, acme-east, globex
        assertThat(stats.path("total").path("targeted").asLong()).isEqualTo(600);
        assertThat(stats.path("campaigns").asInt()).isEqualTo(3);
        JsonNode acme = api.get("/api/v1/stats", Fixture.ACME).json();
        assertThat(acme.path("total").path("targeted").asLong()).isEqualTo(300);
        ApiHarness.Reply list = api.get("/api/v1/campaigns", Fixture.PLATFORM);
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.errorCode()).isEqualTo("aggregates_only");
        for (Probe p : probes(api.fixture, Fixture.ACME)) {
            assertThat(call(Fixture.PLATFORM, p).status()).as(p.method() + " " + p.path()).isEqualTo(403);
        }
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("id").asText()).toList();
    }

    private static Set<String> tenants(JsonNode array) {
        assertThat(array.size()).isPositive();
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("tenant").asText())
                .collect(Collectors.toSet());
    }
}
