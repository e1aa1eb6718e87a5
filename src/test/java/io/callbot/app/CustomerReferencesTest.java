package io.callbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.api.ApiException;
import io.callbot.api.ApiProfileEvents;
import io.callbot.api.CustomersApi;
import io.callbot.api.Tenant;
import io.callbot.api.TenantKind;
import io.callbot.api.TenantScope;
import io.callbot.customer.CustomerRecord;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.TimezoneSource;
import io.callbot.demo.DemoCampaign;
import io.callbot.launch.CustomerWhy;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Customer references in the API: the external id by default, the internal id only as {@code id:N}. Today's bug:
 * {@code PUT /customers/5/do-not-call} opted out the customer whose internal id is 5, not the one the CRM calls 5.
 */
class CustomerReferencesTest {
    private static final Tenant PLATFORM = new Tenant("platform", null, TenantKind.PLATFORM);
    private static final Tenant ACME = new Tenant("acme", "platform", TenantKind.MERCHANT);
    private final TenantScope scope = TenantScope.of(ACME, List.of(PLATFORM, ACME));

    @Test
    void aNumericReferenceIsTheCrmsIdAndTheInternalIdIsAskedForExplicitly() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            CustomerStore store = new CustomerStore(db.database().dataSource(), Clock.systemUTC());
            long[] ids = new long[7];
            for (int i = 0; i < 6; i++) {
                ids[i] = store.upsert("acme", customer("crm-" + i, i)).id();
            }
            String numeric = String.valueOf(ids[2]);
            long crmNumeric = store.upsert("acme", customer(numeric, 7)).id();
            long spaced = store.upsert("acme", customer("CRM 1", 8)).id();
            CustomersApi api = new CustomersApi(db.database().dataSource(), store);

            assertThat(api.setDoNotCall(scope, numeric, true, "asked by email")).get()
                    .extracting(v -> v.id()).isEqualTo(String.valueOf(crmNumeric));
            assertThat(store.get("acme", ids[2]).orElseThrow().doNotCall()).as("internal id " + numeric).isFalse();
            assertThat(store.get("acme", crmNumeric).orElseThrow().doNotCall()).isTrue();

            assertThat(api.get(scope, "id:" + ids[2])).get().extracting(v -> v.externalId()).isEqualTo("crm-2");
            assertThat(api.get(scope, "CRM 1")).get().extracting(v -> v.id()).isEqualTo(String.valueOf(spaced));
            assertThat(api.get(scope, "id:" + ids[2] + "0000")).isEmpty();
            assertThatThrownBy(() -> api.get(scope, "id:five")).isInstanceOf(ApiException.class)
                    .hasMessageContaining("id:42");
        }
    }

    @Test
    void whyNamesTheCustomerByItsCrmIdAndAnswersWithRuleCodes() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            var ds = db.database().dataSource();
            CustomerStore store = new CustomerStore(ds, Clock.systemUTC());
            long first = store.upsert("acme", customer("crm-0", 0)).id();
            store.upsert("acme", customer(String.valueOf(first), 1));
            var template = io.callbot.campaign.CampaignLoader.load(java.nio.file.Path.of("campaigns/winback-coupon.yaml"))
                    .campaign();
            var c = DemoCampaign.runNow(template, java.net.URI.create("http://127.0.0.1:9/crm"), 1);
            var acmes = new io.callbot.campaign.Campaign(c.id(), c.name(), c.kind(), "acme", c.version(), c.source(),
                    c.priority(), c.audience(), c.schedule(), c.dial(), c.voice(), c.dialog(), c.outcomes(),
                    c.webhook(), c.data());
            CustomerWhy why = new CustomerWhy(ds, store, new io.callbot.customer.AudienceQuery(ds, Clock.systemUTC()),
                    io.callbot.schedule.TickSettings.defaults("api"), Clock.systemUTC(),
                    key -> java.util.Optional.of(acmes).filter(x -> x.key().equals(key)));
            CustomersApi api = new CustomersApi(ds, store, CustomersApi.ProfileEvents.NONE, why);

            var answer = api.whyNotCalled(scope, String.valueOf(first), acmes.id()).orElseThrow();
            assertThat(answer.customerId()).as("the CRM's id " + first + ", not the internal one")
                    .isEqualTo(String.valueOf(first));
            assertThat(answer.eligibleNow()).isFalse();
            assertThat(answer.reasons()).extracting(r -> r.code()).contains("AUDIENCE_TAG", "AUDIENCE_ATTRIBUTE");
            assertThat(answer.reasons()).extracting(r -> r.message())
                    .contains("not in the audience: the profile has no lifetime_value, the audience needs lifetime_value >= 50"
                            + " (audience.where)");
            assertThat(answer.nextEligibleAt()).isNull();
            assertThat(api.whyNotCalled(scope, "id:" + first, acmes.id())).get()
                    .extracting(w -> w.customerId()).isEqualTo("crm-0");
            assertThat(api.whyNotCalled(scope, "crm-404", acmes.id())).isEmpty();
        }
    }

    @Test
    void aChangeThroughTheApiTellsTheCrmOncePerEndpointWithAValidEvent() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            var ds = db.database().dataSource();
            CustomerStore store = new CustomerStore(ds, Clock.systemUTC());
            store.upsert("acme", customer("crm-9", 9));
            var template = io.callbot.campaign.CampaignLoader.load(java.nio.file.Path.of("campaigns/winback-coupon.yaml"))
                    .campaign();
            var campaign = DemoCampaign.runNow(template, java.net.URI.create("http://127.0.0.1:9/crm"), 1);
            var acmes = new io.callbot.campaign.Campaign(campaign.id(), campaign.name(), campaign.kind(), "acme",
                    campaign.version(), campaign.source(), campaign.priority(), campaign.audience(), campaign.schedule(),
                    campaign.dial(), campaign.voice(), campaign.dialog(), campaign.outcomes(), campaign.webhook(),
                    campaign.data());
            var events = new io.callbot.call.CrmEvents((tenant, id) -> "+12125552009");
            CustomersApi api = new CustomersApi(ds, store, new ApiProfileEvents(ds,
                    new io.callbot.webhook.WebhookOutbox(ds, Clock.systemUTC()), events,
                    () -> Map.of(acmes.key(), acmes), Clock.systemUTC()));

            api.setDoNotCall(scope, "crm-9", true, "asked by email");
            api.setDoNotCall(scope, "crm-9", true, "asked again");
            List<String> payloads = new java.util.ArrayList<>();
            try (var c = ds.getConnection(); var rs = c.createStatement().executeQuery(
                    "SELECT payload FROM webhook_outbox ORDER BY seq")) {
                while (rs.next()) {
                    payloads.add(rs.getString(1));
                }
            }
            assertThat(payloads).as("one change, one event").hasSize(1);
            assertThat(new io.callbot.webhook.EventContract().problems(payloads.get(0))).isEmpty();
            assertThat(payloads.get(0)).contains("\"source\":\"api\"").contains("\"reason\":\"asked by email\"");
        }
    }

    private static CustomerRecord customer(String externalId, int n) {
        return new CustomerRecord(externalId, "+1212555" + (2000 + n), "A", "B", "en-US", "America/New_York",
                TimezoneSource.EXPLICIT, true, List.of(), Map.of());
    }
}
