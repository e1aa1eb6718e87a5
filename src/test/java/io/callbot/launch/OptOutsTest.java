package io.callbot.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.api.CustomersApi;
import io.callbot.api.Tenant;
import io.callbot.api.TenantKind;
import io.callbot.api.TenantScope;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.customer.CustomerRecord;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.TimezoneSource;
import io.callbot.schedule.AttemptLedger;
import io.callbot.schedule.CallLauncher;
import io.callbot.schedule.CampaignTick;
import io.callbot.schedule.Candidate;
import io.callbot.schedule.ClaimedAttempt;
import io.callbot.schedule.FrequencyCaps;
import io.callbot.schedule.QuietHours;
import io.callbot.schedule.TickSettings;
import io.callbot.testing.InMemoryCandidates;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An operator's do-not-call through the API goes through the one opt-out place: the profile's flag and the
 * scheduler's opt-out change in one transaction, so no campaign of the tenant claims the customer, even one whose
 * audience still lists the customer as callable; clearing it clears both.
 */
class OptOutsTest {
    private static final String TENANT = "acme-shop";
    private static final ZoneId NY = ZoneId.of("America/New_York");
    /** A Monday at noon in New York: both campaigns' windows are open. */
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-07T17:00:00Z"), ZoneOffset.UTC);
    private static final TickSettings SETTINGS = new TickSettings("node-a", QuietHours.NONE, new FrequencyCaps(10, 50),
            Duration.ofMinutes(5));
    private final Campaign winback = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml")).campaign();
    private final Campaign delivery = CampaignLoader.load(Path.of("campaigns/delivery-notice.yaml")).campaign();
    private final Tenant acme = new Tenant(TENANT, null, TenantKind.MERCHANT);
    private final TenantScope scope = TenantScope.of(acme, List.of(acme));

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void anOperatorsDoNotCallStopsEveryCampaignOfTheTenantAndClearingItLetsThemCallAgain(TestDatabase db)
            throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            CustomerStore store = new CustomerStore(ds, NOON);
            long out = store.upsert(TENANT, customer("crm-out", "+12125550131")).id();
            long a = store.upsert(TENANT, customer("crm-a", "+12125550132")).id();
            long b = store.upsert(TENANT, customer("crm-b", "+12125550133")).id();
            CustomersApi api = new CustomersApi(ds, store);

            assertThat(api.setDoNotCall(scope, "crm-out", true, "asked by email")).get()
                    .extracting(v -> v.doNotCall()).isEqualTo(true);
            assertThat(store.get(TENANT, out).orElseThrow().doNotCall()).isTrue();
            assertThat(optOuts(ds, out)).as("the scheduler's opt-out, with the profile's").isEqualTo(1);

            // the audience still lists the customer as callable (it was read before): the ledger's opt-out decides
            List<String> launched = tickBoth(ds, out, a, b);
            assertThat(launched).as("one call in each campaign, to another customer").hasSize(2)
                    .allMatch(x -> !x.endsWith(":" + out))
                    .anyMatch(x -> x.startsWith(winback.id() + ":")).anyMatch(x -> x.startsWith(delivery.id() + ":"));

            assertThat(api.setDoNotCall(scope, "crm-out", false, null)).get()
                    .extracting(v -> v.doNotCall()).isEqualTo(false);
            assertThat(store.get(TENANT, out).orElseThrow().doNotCall()).isFalse();
            assertThat(optOuts(ds, out)).as("cleared together").isZero();
            assertThat(tickBoth(ds, out, a, b)).as("callable again (the others' attempts are live)")
                    .contains(winback.id() + ":" + out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aDoNotCallWhoseOptOutCannotBeWrittenChangesNothing(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            CustomerStore store = new CustomerStore(ds, NOON);
            long out = store.upsert(TENANT, customer("crm-out", "+12125550131")).id();
            OptOuts broken = new OptOuts(store, new AttemptLedger(failingOptOutTable(ds)), NOON);
            CustomersApi api = new CustomersApi(ds, store, CustomersApi.ProfileEvents.NONE, null, broken);

            assertThatThrownBy(() -> api.setDoNotCall(scope, "crm-out", true, "asked by email"))
                    .hasMessageContaining("schedule_opt_out is unavailable");
            assertThat(store.get(TENANT, out).orElseThrow().doNotCall()).as("rolled back with the opt-out").isFalse();
            assertThat(optOuts(ds, out)).isZero();
        }
    }

    /**
     * One tick of each campaign, one call each, over an audience of the given customers (listed callable, as an
     * audience read before the opt-out would); the attempts launched, as campaign:customer.
     */
    private List<String> tickBoth(DataSource ds, long... customers) throws SQLException {
        List<String> launched = new CopyOnWriteArrayList<>();
        CallLauncher launcher = new CallLauncher() {
            @Override
            public int capacity(Campaign campaign) {
                return 1;
            }

            @Override
            public CompletableFuture<Void> launch(ClaimedAttempt a) {
                launched.add(a.campaign().id() + ":" + a.candidate().customerId());
                return new CompletableFuture<>(); // still ringing
            }
        };
        CampaignTick tick = new CampaignTick(ds, new InMemoryCandidates(java.util.Arrays.stream(customers)
                .mapToObj(OptOutsTest::candidate).toList()), launcher, SETTINGS, NOON);
        tick.run(winback);
        tick.run(delivery);
        return launched;
    }

    private static Candidate candidate(long id) {
        return new Candidate(id, TENANT, "+1212555013" + (id % 10), NY, false);
    }

    private static CustomerRecord customer(String externalId, String phone) {
        return new CustomerRecord(externalId, phone, "Ann", "Lee", "en-US", "America/New_York",
                TimezoneSource.EXPLICIT, true, List.of(), Map.of());
    }

    private static int optOuts(DataSource ds, long customer) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schedule_opt_out WHERE tenant = '" + TENANT
                        + "' AND customer_id = '" + customer + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Connections whose statements on {@code schedule_opt_out} fail. */
    private static DataSource failingOptOutTable(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(OptOutsTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = Proxies.invoke(real, method, args);
                    if (!method.getName().equals("getConnection")) {
                        return result;
                    }
                    Connection c = (Connection) result;
                    return Proxy.newProxyInstance(OptOutsTest.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("prepareStatement") && a[0] instanceof String sql
                                        && sql.contains("schedule_opt_out")) {
                                    throw new SQLException("schedule_opt_out is unavailable");
                                }
                                return Proxies.invoke(c, m, a);
                            });
                });
    }
}
