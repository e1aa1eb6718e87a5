package io.callbot.app;

import static io.callbot.testing.NamedCustomers.id;
import static io.callbot.app.SqlCount.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.callbot.api.ApiException;
import io.callbot.api.CampaignCommand;
import io.callbot.api.CampaignsApi;
import io.callbot.api.Tenant;
import io.callbot.api.TenantKind;
import io.callbot.api.TenantScope;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignDirectory;
import io.callbot.campaign.CampaignKey;
import io.callbot.campaign.CampaignListener;
import io.callbot.schedule.AttemptResult;
import io.callbot.schedule.CallLauncher;
import io.callbot.schedule.CampaignLifecycle;
import io.callbot.schedule.CampaignScheduler;
import io.callbot.schedule.CampaignTick;
import io.callbot.schedule.Candidate;
import io.callbot.schedule.ClaimedAttempt;
import io.callbot.schedule.LedgerResults;
import io.callbot.schedule.FrequencyCaps;
import io.callbot.schedule.QuietHours;
import io.callbot.dial.ResultKind;
import io.callbot.schedule.TickSettings;
import io.callbot.testing.InMemoryCandidates;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two merchants run a campaign with the same id through the real scheduler (Quartz on its JDBC store), ledger and
 * campaigns API: both load and tick, each sees only its own calls and counts, and pausing one leaves the other alone.
 */
class TenantCampaignIdsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Clock CLOCK = Clock.systemUTC();
    private static final ZoneId NOON = ZoneOffset.ofHours(12 - CLOCK.instant().atZone(ZoneOffset.UTC).getHour());
    private static final String ID = "test-campaign";
    private static final CampaignKey ACME = new CampaignKey("acme", ID);
    private static final CampaignKey GLOBEX = new CampaignKey("globex", ID);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void twoTenantsRunTheSameCampaignIdWithoutSeeingEachOther(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            Files.writeString(dir.resolve("acme.yaml"), CampaignReloadsTest.campaignYaml());
            Files.writeString(dir.resolve("globex.yaml"), CampaignReloadsTest.campaignYaml()
                    .replace("tenant: acme", "tenant: globex"));
            CampaignDirectory directory = new CampaignDirectory(dir, Duration.ZERO, CLOCK);
            directory.scan(CampaignListener.NONE);
            assertThat(directory.catalog().campaigns()).containsOnlyKeys(ACME, GLOBEX);

            InMemoryCandidates audience = new InMemoryCandidates(List.of(candidate("a1", "acme"),
                    candidate("g1", "globex"), candidate("g2", "globex")));
            Launcher launcher = new Launcher();
            TickSettings settings = new TickSettings("node-t", QuietHours.NONE, FrequencyCaps.DEFAULT,
                    Duration.ofMinutes(2));
            CampaignTick tick = new CampaignTick(ds, audience, launcher, settings, CLOCK);
            CampaignScheduler scheduler = new CampaignScheduler(ds, "tenants-" + UUID.randomUUID(), 2, tick, settings,
                    CLOCK);
            CampaignsApi api = new CampaignsApi(directory.catalog(), scheduler, ds);
            try {
                scheduler.start();
                for (Campaign c : directory.catalog().campaigns().values()) {
                    scheduler.schedule(c);
                }
                await().atMost(PATIENCE).until(() -> launcher.launched.size() == 3);
                launcher.launched.forEach(a -> assertThat(a.campaign().tenant()).isEqualTo(a.candidate().tenant()));
                launcher.launched.forEach(a -> LedgerResults.settle(ds, settings, a, new AttemptResult(
                        ResultKind.ANSWERED, 16, "confirmed", true, false, null, "ask>done"), CLOCK.instant()));
                await().atMost(PATIENCE).until(() -> count(ds,
                        "SELECT COUNT(*) FROM call_attempt WHERE state = 'FINISHED'") == 3);
                assertThat(count(ds, "SELECT COUNT(*) FROM qrtz_job_details")).isEqualTo(2);
                assertThat(count(ds, "SELECT COUNT(*) FROM campaign_state")).isEqualTo(2);

                // each merchant's funnel counts its own customers only
                assertThat(api.stats(scope("acme"), ID).orElseThrow().targeted()).isEqualTo(1);
                assertThat(api.stats(scope("globex"), ID).orElseThrow().targeted()).isEqualTo(2);
                assertThat(api.get(scope("globex"), ID).orElseThrow().campaign().tenant()).isEqualTo("globex");
                assertThat(api.list(scope("acme"))).singleElement().satisfies(s -> assertThat(s.tenant()).isEqualTo("acme"));

                // pausing acme's campaign leaves globex's running
                api.control(scope("acme"), ID, CampaignCommand.PAUSE).orElseThrow();
                assertThat(tick.states().get(ACME).orElseThrow().lifecycle()).isEqualTo(CampaignLifecycle.PAUSED);
                assertThat(tick.states().get(GLOBEX).orElseThrow().lifecycle()).isEqualTo(CampaignLifecycle.RUNNING);
                assertThat(api.get(scope("globex"), ID).orElseThrow().campaign().state()).isEqualTo("running");
                audience.add(candidate("g3", "globex"));
                audience.add(candidate("a2", "acme"));
                await().atMost(PATIENCE).until(() -> launcher.launched.size() == 4);
                assertThat(launcher.launched.get(3).candidate().customerId()).isEqualTo(id("g3"));

                // cancelling globex's campaign removes only its job
                api.control(scope("globex"), ID, CampaignCommand.CANCEL).orElseThrow();
                assertThat(scheduler.nextFire(GLOBEX)).isEmpty();
                assertThat(scheduler.nextFire(ACME)).isPresent();
                assertThat(tick.states().get(ACME).orElseThrow().lifecycle()).isEqualTo(CampaignLifecycle.PAUSED);
            } finally {
                scheduler.stop();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aMerchantNamesWhichSubMerchantsCampaignItMeansWhenTheirIdsCollide(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            Files.writeString(dir.resolve("east.yaml"), CampaignReloadsTest.campaignYaml()
                    .replace("tenant: acme", "tenant: acme-east"));
            Files.writeString(dir.resolve("west.yaml"), CampaignReloadsTest.campaignYaml()
                    .replace("tenant: acme", "tenant: acme-west"));
            CampaignDirectory directory = new CampaignDirectory(dir, Duration.ZERO, CLOCK);
            directory.scan(CampaignListener.NONE);
            TickSettings settings = new TickSettings("node-t", QuietHours.NONE, FrequencyCaps.DEFAULT,
                    Duration.ofMinutes(2));
            CampaignScheduler scheduler = new CampaignScheduler(ds, "tenants-" + UUID.randomUUID(), 2,
                    new CampaignTick(ds, new InMemoryCandidates(List.of()), new Launcher(), settings, CLOCK), settings,
                    CLOCK);
            CampaignsApi api = new CampaignsApi(directory.catalog(), scheduler, ds);
            Tenant acme = new Tenant("acme", null, TenantKind.MERCHANT);
            Tenant east = new Tenant("acme-east", "acme", TenantKind.SUB_MERCHANT);
            Tenant west = new Tenant("acme-west", "acme", TenantKind.SUB_MERCHANT);
            TenantScope merchant = TenantScope.of(acme, List.of(acme, east, west));

            assertThat(api.list(merchant)).extracting(s -> s.tenant()).containsExactly("acme-east", "acme-west");
            assertThatThrownBy(() -> api.get(merchant, ID)).isInstanceOf(ApiException.class)
                    .hasMessageContaining("used by tenants acme-east, acme-west").hasMessageContaining("?tenant=");
            assertThat(api.get(merchant.only("acme-west").orElseThrow(), ID).orElseThrow().campaign().tenant())
                    .isEqualTo("acme-west");
            assertThat(api.get(TenantScope.of(east, List.of(acme, east, west)), ID).orElseThrow().campaign().tenant())
                    .isEqualTo("acme-east");
        }
    }

    private static TenantScope scope(String tenant) {
        Tenant t = new Tenant(tenant, null, TenantKind.MERCHANT);
        return TenantScope.of(t, List.of(t));
    }

    private static Candidate candidate(String name, String tenant) {
        return new Candidate(id(name), tenant, "+441632960" + (100 + Math.abs(name.hashCode() % 800)), NOON, false);
    }

    /** Records the attempts it gets; the test ends them. Thread-safe. */
    private static final class Launcher implements CallLauncher {
        final List<ClaimedAttempt> launched = new CopyOnWriteArrayList<>();

        @Override
        public int capacity(Campaign campaign) {
            return 5;
        }

        @Override
        public CompletableFuture<Void> launch(ClaimedAttempt attempt) {
            launched.add(attempt);
            return new CompletableFuture<>(); // the test settles the attempt in the ledger
        }
    }
}
