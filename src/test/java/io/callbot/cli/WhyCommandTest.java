package io.callbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.config.ServerConfig;
import io.callbot.customer.CustomerRecord;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.Tag;
import io.callbot.demo.DemoCustomers;
import io.callbot.dial.ResultKind;
import io.callbot.schedule.AttemptLedger;
import io.callbot.schedule.AttemptResult;
import io.callbot.schedule.RetryDecision;
import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code callbot why} against the configured server's files and database: the customer by external id (internal only
 * as {@code id:N}), each audience rule the profile fails, do-not-call and consent in words, the attempts, and a clear
 * non-zero exit for a customer or campaign that does not exist.
 */
class WhyCommandTest {
    @TempDir
    Path dir;
    private Path config;
    private final Map<String, Long> ids = new java.util.HashMap<>();

    /** The shipped win-back campaign (re_engagement: consent required), with a window open all day, every day. */
    @BeforeEach
    void serverFiles() throws Exception {
        Path campaigns = Files.createDirectories(dir.resolve("campaigns"));
        String yaml = Files.readString(Path.of("campaigns/winback-coupon.yaml"))
                .replace("  start: 2026-12-01\n  end: 2027-01-31\n", "  start: 2026-01-01\n")
                .replace("    from: \"10:00\"\n    to: \"19:30\"\n    weekdays: [mon-fri, sat]",
                        "    from: \"00:00\"\n    to: \"23:59\"\n    weekdays: [mon-sun]")
                .replace("  blackout: [2026-12-24, 2026-12-25, 2026-12-31, 2027-01-01]\n", "");
        Files.writeString(campaigns.resolve("winback-coupon.yaml"), yaml);
        config = dir.resolve("callbot.yaml");
        Files.writeString(config, "data:\n  dir: " + dir.resolve("data") + "\ncampaigns:\n  dir: " + campaigns
                + "\nschedule:\n  quiet_hours: \"00:00-00:00\"\n");
        // a zone where it is daytime now, so 23:59-00:00 (outside the window) is hours away
        String zone = DemoCustomers.daytimeZones(Instant.now()).get(0).getId();
        try (Database db = Database.open(DatabaseSettings.fromConfig(ServerConfig.load(config, Map.of())))) {
            CustomerStore store = new CustomerStore(db.dataSource(), Clock.systemUTC());
            add(store, "CRM-1", zone, true, 900, "segment:vip");
            add(store, "CRM-2", zone, false, 10);
            add(store, "CRM-3", zone, true, 900, "segment:vip", "status:churned_complaint");
            add(store, "CRM-4", zone, true, 900, "segment:repeat_buyer");
            store.setDoNotCall("acme-shop", ids.get("CRM-4"), true, "asked by email");
            // an external id that is also some customer's internal id: the reference means the external one
            add(store, String.valueOf(ids.get("CRM-2")), zone, true, 900, "segment:vip");
            AttemptLedger ledger = new AttemptLedger(db.dataSource());
            var a = new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme-shop", "winback-coupon", "v1",
                    ids.get("CRM-1"), 1);
            Instant t = Instant.now().minus(Duration.ofDays(3));
            ledger.claim(a, "node-a", t, Duration.ofMinutes(2));
            ledger.finish(a.id(), AttemptResult.dialing(ResultKind.BUSY, 17), t.plusSeconds(20),
                    RetryDecision.at(t.plus(Duration.ofMinutes(30))));
        }
    }

    private void add(CustomerStore store, String externalId, String zone, boolean consent, int lifetimeValue,
            String... tags) {
        long id = store.upsert("acme-shop", new CustomerRecord(externalId, "+1212555" + (1000 + ids.size()), null, null,
                null, zone, null, consent, Arrays.stream(tags).map(Tag::parse).toList(),
                Map.of("lifetime_value", new BigDecimal(lifetimeValue), "last_order_at", "2025-01-01"))).id();
        ids.put(externalId, id);
    }

    private record Run(int code, String out, String err) {}

    private Run why(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new java.util.ArrayList<>(List.of("why"));
        all.addAll(List.of(args));
        all.addAll(List.of("--tenant", "acme-shop", "--config", config.toString()));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aCustomerInTheAudienceIsDueNowAndTheirAttemptsAreListed() {
        Run r = why("CRM-1", "--campaign", "winback-coupon");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("customer CRM-1 (internal id " + ids.get("CRM-1") + ", tenant acme-shop)")
                .contains("due now: no rule keeps the customer out")
                .contains("attempt 1: FINISHED result BUSY (Q.850 cause 17)");
    }

    @Test
    void namesEachAudienceRuleConsentAndDoNotCallInWords() {
        Run two = why("CRM-2", "--campaign", "winback-coupon");
        assertThat(two.code()).isZero();
        assertThat(two.out()).contains("not called now, because:")
                .contains("- CONSENT: no consent on the profile; a re_engagement campaign calls only customers who gave it")
                .contains("- AUDIENCE_TAG: not in the audience: has none of the tags segment:repeat_buyer, segment:vip"
                        + " (audience.tags.any)")
                .contains("- AUDIENCE_ATTRIBUTE: not in the audience: lifetime_value is 10, the audience needs"
                        + " lifetime_value >= 50 (audience.where)")
                .contains("not eligible again until a rule above changes")
                .contains("no call attempts in this campaign");
        assertThat(why("CRM-3", "--campaign", "winback-coupon").out())
                .contains("- AUDIENCE_TAG: not in the audience: has the tag status:churned_complaint, which the"
                        + " audience leaves out (audience.tags.none)")
                .doesNotContain("CONSENT");
        assertThat(why("CRM-4", "--campaign", "winback-coupon").out())
                .contains("- DO_NOT_CALL: do-not-call is set on the profile since")
                .contains("(reason: asked by email); no campaign of the tenant calls them");
    }

    @Test
    void theExternalIdIsTheDefaultAndTheInternalIdIsAskedForWithIdColon() {
        String clash = String.valueOf(ids.get("CRM-2"));
        Run external = why(clash, "--campaign", "winback-coupon");
        assertThat(external.out()).contains("customer " + clash + " (internal id " + ids.get(clash) + ",")
                .contains("due now");
        Run internal = why("id:" + clash, "--campaign", "winback-coupon");
        assertThat(internal.out()).contains("customer CRM-2 (internal id " + clash + ",").contains("CONSENT");
    }

    @Test
    void anUnknownCustomerOrCampaignIsSaidPlainlyWithExitCodeThree() {
        Run nobody = why("CRM-404", "--campaign", "winback-coupon");
        assertThat(nobody.code()).isEqualTo(WhyCommand.NOT_FOUND);
        assertThat(nobody.out()).isEmpty();
        assertThat(nobody.err()).contains("no customer with external id 'CRM-404' in tenant acme-shop")
                .contains("id:N");
        Run noId = why("id:999999", "--campaign", "winback-coupon");
        assertThat(noId.code()).isEqualTo(WhyCommand.NOT_FOUND);
        assertThat(noId.err()).contains("no customer with internal id 999999 in tenant acme-shop");
        Run noCampaign = why("CRM-1", "--campaign", "spring-sale");
        assertThat(noCampaign.code()).isEqualTo(WhyCommand.NOT_FOUND);
        assertThat(noCampaign.out()).contains("CAMPAIGN_UNKNOWN: no campaign spring-sale for tenant acme-shop");
        assertThat(why("id:x", "--campaign", "winback-coupon").code()).isEqualTo(CommandLine.ExitCode.USAGE);
    }
}
