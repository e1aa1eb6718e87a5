package io.callbot.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.call.CallEndReason;
import io.callbot.call.CallPlan;
import io.callbot.call.CallRecord;
import io.callbot.call.CampaignDialogs;
import io.callbot.call.CrmEvents;
import io.callbot.call.TranscriptStore;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.customer.CustomerProfile;
import io.callbot.customer.CustomerRecord;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.Tag;
import io.callbot.customer.TimezoneSource;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.dialog.engine.TranscriptEntry;
import io.callbot.media.MediaEndReason;
import io.callbot.schedule.AttemptLedger;
import io.callbot.schedule.LedgerSettlement;
import io.callbot.schedule.TickSettings;
import io.callbot.testing.TestDatabases.TestDatabase;
import io.callbot.webhook.WebhookOutbox;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An answered call's ledger result, transcript, profile and webhook outbox rows are written together or not at all.
 */
class AnsweredCallSettlementTest {
    private static final String TENANT = "acme-shop";
    private final Campaign campaign = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml")).campaign();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void writesLedgerTranscriptProfileAndOutboxTogether(TestDatabase db) throws Exception {
        try (db) {
            Fixture f = new Fixture(db, false);
            f.settlement.settle(f.record, false);
            assertThat(f.ledgerRows()).isEqualTo(1);
            assertThat(f.transcriptRows()).isEqualTo(3);
            assertThat(new TranscriptStore(db.database().dataSource()).transcript(TENANT, f.record.plan().attemptId()))
                    .extracting(TranscriptStore.Line::text, TranscriptStore.Line::secondPass)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Hi Maria", null),
                            org.assertj.core.groups.Tuple.tuple("yes [unk]", "yes please"),
                            org.assertj.core.groups.Tuple.tuple("Great!", null));
            CustomerProfile p = f.profile();
            assertThat(p.lastOutcome()).isEqualTo("coupon_accepted");
            assertThat(p.hasTag("campaign:winback-coupon:accepted")).isTrue();
            assertThat(p.attributes()).containsEntry("last_coupon", "COMEBACK20");
            assertThat(f.outbox.backlog().pending()).as("call.completed and customer.updated").isEqualTo(2);
            assertThat(f.payloads()).extracting(j -> io.callbot.webhook.WebhookJson.read(j).type())
                    .containsExactly("call.completed", "customer.updated");
            var contract = new io.callbot.webhook.EventContract();
            f.payloads().forEach(j -> assertThat(contract.problems(j)).as(j).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aFailureInTheMiddleLeavesNothingHalfWritten(TestDatabase db) throws Exception {
        try (db) {
            Fixture f = new Fixture(db, true);
            assertThatThrownBy(() -> f.settlement.settle(f.record, false)).hasMessageContaining("CRM event broke");
            assertThat(f.ledgerRows()).isZero();
            assertThat(f.transcriptRows()).isZero();
            CustomerProfile p = f.profile();
            assertThat(p.lastOutcome()).isNull();
            assertThat(p.hasTag("campaign:winback-coupon:accepted")).isFalse();
            assertThat(f.outbox.backlog().pending()).isZero();
        }
    }

    private final class Fixture {
        final TestDatabase db;
        final CustomerStore customers;
        final WebhookOutbox outbox;
        final AttemptSettlement settlement;
        final CallRecord record;

        Fixture(TestDatabase db, boolean failWebhook) throws Exception {
            this.db = db;
            var ds = db.database().dataSource();
            customers = new CustomerStore(ds, Clock.systemUTC());
            long id = customers.upsert(TENANT, new CustomerRecord("crm-1", "+12125550101", "Maria", "Lopez", "en-US",
                    "America/New_York", TimezoneSource.EXPLICIT, true, List.of(Tag.parse("segment:vip")), Map.of())).id();
            outbox = new WebhookOutbox(ds, Clock.systemUTC());
            CrmEvents events = new CrmEvents((tenant, customer) -> "+12125550101") {
                @Override
                public io.callbot.webhook.WebhookEvent callCompleted(CallRecord r, java.time.Instant dialedAt) {
                    if (failWebhook) {
                        throw new IllegalStateException("CRM event broke");
                    }
                    return super.callCompleted(r, dialedAt);
                }
            };
            AttemptLedger ledger = new AttemptLedger(ds);
            settlement = new AttemptSettlement(ledger, new LedgerSettlement(ledger, TickSettings.defaults("node-a"),
                    new CrmAttemptEvents(events, outbox, customers, (t, c) -> java.util.Optional.of(campaign))),
                    customers, new OptOuts(customers, ledger, Clock.systemUTC()), new TranscriptStore(ds), outbox,
                    events);
            UUID attempt = UUID.randomUUID();
            Instant dialed = Instant.parse("2026-11-28T14:59:55Z");
            ledger.claim(new AttemptLedger.NewAttempt(attempt, TENANT, campaign.id(), campaign.version(),
                    id, 1), "node-a", dialed, java.time.Duration.ofMinutes(5));
            ledger.markDialing(attempt, "node-a", dialed);
            ledger.markOriginating(attempt, dialed);
            ledger.markInCall(attempt, dialed);
            CustomerView view = new CustomerView(String.valueOf(id), "Maria", "Lopez", "+12125550101",
                    ZoneId.of("America/New_York"), Map.of(), Set.of("segment:vip"));
            CallPlan plan = new CallPlan(attempt, 1, campaign, id, "crm-1",
                    new DialogContext(view, campaign.id(), campaign.name(), campaign.data()),
                    CampaignDialogs.settingsFor(campaign));
            Instant t = Instant.parse("2026-11-28T15:00:00Z");
            record = new CallRecord(plan, "coupon_accepted", CallEndReason.parse("COMPLETED"),
                    MediaEndReason.ROBOT_HANGUP,
                    List.of("greeting", "send_coupon", "thanks_goodbye"),
                    List.of(new TranscriptEntry(t, TranscriptEntry.Speaker.ROBOT, "greeting", "Hi Maria", 1, null, false),
                            new TranscriptEntry(t.plusSeconds(5), TranscriptEntry.Speaker.CALLER, "greeting",
                                    "yes [unk]", 0.9, "yes", false, "yes please"),
                            new TranscriptEntry(t.plusSeconds(9), TranscriptEntry.Speaker.ROBOT, "send_coupon", "Great!", 1,
                                    null, false)),
                    List.of("campaign:winback-coupon:accepted"), List.of(), Map.of("last_coupon", "COMEBACK20"), null,
                    false, t, t.plusSeconds(20));
        }

        CustomerProfile profile() {
            return customers.getByExternalId(TENANT, "crm-1").orElseThrow();
        }

        int ledgerRows() throws Exception {
            return count("SELECT COUNT(*) FROM call_attempt WHERE state = 'FINISHED'");
        }

        List<String> payloads() throws Exception {
            List<String> out = new java.util.ArrayList<>();
            try (Connection c = db.database().dataSource().getConnection();
                    ResultSet rs = c.createStatement().executeQuery("SELECT payload FROM webhook_outbox ORDER BY seq")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }

        int transcriptRows() throws Exception {
            return count("SELECT COUNT(*) FROM call_transcript");
        }

        private int count(String sql) throws Exception {
            try (Connection c = db.database().dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
