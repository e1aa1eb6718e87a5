package io.callbot.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callbot.call.CallEndReason;
import io.callbot.call.CallPlan;
import io.callbot.call.CallRecord;
import io.callbot.call.CampaignDialogs;
import io.callbot.call.CrmEvents;
import io.callbot.call.OutcomeSpillFile;
import io.callbot.call.OutcomeWriter;
import io.callbot.call.TranscriptStore;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.customer.CustomerRecord;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.Tag;
import io.callbot.customer.TimezoneSource;
import io.callbot.dial.ResultKind;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.dialog.engine.TranscriptEntry;
import io.callbot.media.MediaEndReason;
import io.callbot.schedule.AttemptLedger;
import io.callbot.schedule.AttemptResult;
import io.callbot.schedule.Candidate;
import io.callbot.schedule.ClaimedAttempt;
import io.callbot.schedule.LedgerSettlement;
import io.callbot.schedule.TickSettings;
import io.callbot.testing.TestDatabases.TestDatabase;
import io.callbot.webhook.CustomerExhausted;
import io.callbot.webhook.WebhookEvent;
import io.callbot.webhook.WebhookOutbox;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every attempt is settled once, in one transaction. An answered call's: the ledger result with its retry plan, the
 * transcript, the profile, the opt-out (profile do-not-call, the ledger's opt-out, queued attempts cancelled) and the
 * outbox rows; a settlement that fails midway leaves nothing; the spilled record, replayed at the next start, applies
 * everything once, the retry plan and the opt-out included. An unreachable attempt's: the ledger result with its
 * retry plan and its CRM events, all or nothing, and once.
 */
class SettleOnceTest {
    private static final String TENANT = "acme-shop";
    private final Campaign campaign = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml")).campaign();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void anOptOutWhoseSettlementFailsMidwayIsSpilledAndAppliedOnceAtReplay(TestDatabase db, @TempDir Path dir)
            throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (db) {
            DataSource ds = db.database().dataSource();
            CustomerStore customers = new CustomerStore(ds, Clock.systemUTC());
            long customer = customers.upsert(TENANT, new CustomerRecord("crm-1", "+12125550101", "Maria", "Lopez",
                    "en-US", "America/New_York", TimezoneSource.EXPLICIT, true, List.of(Tag.parse("segment:vip")),
                    Map.of())).id();
            AttemptLedger ledger = new AttemptLedger(ds);
            Instant now = Instant.now();
            UUID attempt = dialing(ledger, customer, now);
            ledger.markOriginating(attempt, now);
            ledger.markInCall(attempt, now);
            UUID queuedElsewhere = UUID.randomUUID();
            ledger.claim(new AttemptLedger.NewAttempt(queuedElsewhere, TENANT, "another-campaign", "v1",
                    customer, 1), "node-a", now, Duration.ofMinutes(5));

            AtomicInteger failures = new AtomicInteger(Integer.MAX_VALUE);
            AtomicInteger attemptWrites = new AtomicInteger();
            DataSource counted = countingAttemptWrites(ds, attemptWrites);
            OutcomeSpillFile spill = new OutcomeSpillFile(dir.resolve("outcome-spill.jsonl"));
            OutcomeWriter writer = writer(counted, customers, failures, timer, spill::append);
            CallRecord record = optedOut(attempt, customer);
            writer.finished(record);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Files.exists(spill.file()) && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            Thread.sleep(100);
            assertThat(Files.readAllLines(spill.file())).as("spilled after its last try").hasSize(1);

            // every try rolled back: nothing of the settlement is left, the opt-out included
            assertThat(text(ds, "SELECT state FROM call_attempt WHERE id = '" + attempt + "'")).isEqualTo("IN_CALL");
            assertThat(count(ds, "SELECT COUNT(*) FROM call_transcript")).isZero();
            assertThat(count(ds, "SELECT COUNT(*) FROM customer WHERE do_not_call")).isZero();
            assertThat(count(ds, "SELECT COUNT(*) FROM schedule_opt_out")).isZero();
            assertThat(text(ds, "SELECT state FROM call_attempt WHERE id = '" + queuedElsewhere + "'"))
                    .isEqualTo("QUEUED");
            assertThat(count(ds, "SELECT COUNT(*) FROM webhook_outbox")).isZero();

            // the restart: the database takes the record now
            failures.set(0);
            attemptWrites.set(0);
            OutcomeWriter restarted = writer(counted, customers, failures, timer, r -> { });
            List<String> spilled = Files.readAllLines(spill.file());
            assertThat(spill.replay(this::campaign, restarted::replay))
                    .isEqualTo(new OutcomeSpillFile.Replayed(1, 0, 0, 0));
            assertThat(attemptWrites.get()).as("the attempt's row is written once").isEqualTo(1);
            assertThat(text(ds, "SELECT state FROM call_attempt WHERE id = '" + attempt + "'")).isEqualTo("FINISHED");
            assertThat(text(ds, "SELECT result FROM call_attempt WHERE id = '" + attempt + "'")).isEqualTo("ANSWERED");
            assertThat(text(ds, "SELECT stop_reason FROM call_attempt WHERE id = '" + attempt + "'"))
                    .as("the replayed record planned its retry: none, the customer opted out").isEqualTo("do_not_call");
            assertThat(count(ds, "SELECT COUNT(*) FROM call_transcript")).isEqualTo(2);
            assertThat(text(ds, "SELECT do_not_call_reason FROM customer WHERE do_not_call"))
                    .isEqualTo("opted out on call " + attempt);
            assertThat(count(ds, "SELECT COUNT(*) FROM schedule_opt_out")).isEqualTo(1);
            assertThat(text(ds, "SELECT state FROM call_attempt WHERE id = '" + queuedElsewhere + "'"))
                    .isEqualTo("CANCELLED");
            int outboxRows = count(ds, "SELECT COUNT(*) FROM webhook_outbox");
            assertThat(outboxRows).as("call.completed, customer.updated").isEqualTo(2);

            // a crash before the spill file was emptied: the same line again changes nothing
            Files.write(spill.file(), spilled);
            attemptWrites.set(0);
            assertThat(spill.replay(this::campaign, restarted::replay))
                    .isEqualTo(new OutcomeSpillFile.Replayed(0, 1, 0, 0));
            assertThat(attemptWrites.get()).as("no second write of the attempt").isZero();
            assertThat(count(ds, "SELECT COUNT(*) FROM call_transcript")).isEqualTo(2);
            assertThat(count(ds, "SELECT COUNT(*) FROM schedule_opt_out")).isEqualTo(1);
            assertThat(count(ds, "SELECT COUNT(*) FROM webhook_outbox")).isEqualTo(outboxRows);
        } finally {
            timer.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void anAnsweredCallIsSettledWithItsRetryPlanInOneWrite(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            CustomerStore customers = new CustomerStore(ds, Clock.systemUTC());
            long customer = customers.upsert(TENANT, new CustomerRecord("crm-2", "+12125550102", "Ann", "Lee",
                    "en-US", "America/New_York", TimezoneSource.EXPLICIT, true, List.of(), Map.of())).id();
            AttemptLedger ledger = new AttemptLedger(ds);
            Instant now = Instant.now();
            UUID attempt = dialing(ledger, customer, now);
            ledger.markInCall(attempt, now);
            AtomicInteger attemptWrites = new AtomicInteger();
            AttemptSettlement settlement = settlement(countingAttemptWrites(ds, attemptWrites), customers,
                    new AtomicInteger());
            OutcomeWriter writer = new OutcomeWriter(settlement, Runnable::run,
                    OutcomeWriter.Retries.defaults(null, r -> { }), r -> { });

            CallRecord record = record(attempt, customer, "no_response", CallEndReason.parse("CALLER_HUNG_UP"), false);
            assertThat(writer.replay(record)).isTrue();
            assertThat(attemptWrites.get()).isEqualTo(1);
            assertThat(text(ds, "SELECT state FROM call_attempt WHERE id = '" + attempt + "'")).isEqualTo("FINISHED");
            assertThat(count(ds, "SELECT COUNT(*) FROM call_attempt WHERE id = '" + attempt + "'"
                    + " AND (next_retry_at IS NOT NULL OR stop_reason IS NOT NULL)"))
                    .as("the retry plan is written with the result").isEqualTo(1);
            assertThat(count(ds, "SELECT COUNT(*) FROM schedule_opt_out")).isZero();
            assertThat(writer.replay(record)).as("settled once").isFalse();
            assertThat(attemptWrites.get()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void anUnreachableAttemptIsSettledInOneTransactionOnce(TestDatabase db) throws Exception {
        try (db) {
            DataSource ds = db.database().dataSource();
            CustomerStore customers = new CustomerStore(ds, Clock.systemUTC());
            long customer = customers.upsert(TENANT, new CustomerRecord("crm-3", "+12125550103", "Bo", "Chen",
                    "en-US", "America/New_York", TimezoneSource.EXPLICIT, true, List.of(), Map.of())).id();
            AttemptLedger ledger = new AttemptLedger(ds);
            Instant now = Instant.now();
            UUID attempt = dialing(ledger, customer, now);
            ledger.markOriginating(attempt, now);
            ClaimedAttempt claimed = new ClaimedAttempt(attempt, campaign, new Candidate(customer,
                    TENANT, "+12125550103", ZoneId.of("America/New_York"), false), 1);
            // the campaign tries a failed call once: this result ends the customer's attempts (customer.exhausted)
            AttemptResult failed = AttemptResult.dialing(ResultKind.FAILED, 38);
            AtomicInteger failures = new AtomicInteger(1);
            AtomicInteger attemptWrites = new AtomicInteger();
            AttemptSettlement settlement = settlement(countingAttemptWrites(ds, attemptWrites), customers, failures);

            assertThatThrownBy(() -> settlement.settle(claimed, failed, now.plusSeconds(30)))
                    .hasMessageContaining("the outbox is unavailable");
            assertThat(text(ds, "SELECT state FROM call_attempt WHERE id = '" + attempt + "'"))
                    .as("the ledger write rolled back with the event").isEqualTo("DIALING");
            assertThat(count(ds, "SELECT COUNT(*) FROM webhook_outbox")).as("call.unreachable rolled back too")
                    .isZero();

            attemptWrites.set(0);
            assertThat(settlement.settle(claimed, failed, now.plusSeconds(30))).isTrue();
            assertThat(attemptWrites.get()).as("the attempt's row is written once, result and plan").isEqualTo(1);
            assertThat(text(ds, "SELECT state FROM call_attempt WHERE id = '" + attempt + "'")).isEqualTo("FINISHED");
            assertThat(text(ds, "SELECT result FROM call_attempt WHERE id = '" + attempt + "'")).isEqualTo("FAILED");
            assertThat(text(ds, "SELECT stop_reason FROM call_attempt WHERE id = '" + attempt + "'")).isNotNull();
            assertThat(outboxTypes(ds)).containsExactly("call.unreachable", "customer.exhausted");
            assertThat(count(ds, "SELECT COUNT(*) FROM call_transcript")).isZero();

            assertThat(settlement.settle(claimed, failed, now.plusSeconds(60))).as("settled once").isFalse();
            assertThat(attemptWrites.get()).isEqualTo(1);
            assertThat(outboxTypes(ds)).as("no duplicate outbox rows")
                    .containsExactly("call.unreachable", "customer.exhausted");
        }
    }

    private static List<String> outboxTypes(DataSource ds) throws SQLException {
        List<String> types = new java.util.ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT payload FROM webhook_outbox ORDER BY seq")) {
            while (rs.next()) {
                types.add(io.callbot.webhook.WebhookJson.read(rs.getString(1)).type());
            }
        }
        return types;
    }

    /** A new attempt of this campaign for the customer, claimed by node-a and DIALING. */
    private UUID dialing(AttemptLedger ledger, long customer, Instant now) throws SQLException {
        UUID attempt = UUID.randomUUID();
        ledger.claim(new AttemptLedger.NewAttempt(attempt, TENANT, campaign.id(), campaign.version(),
                customer, 1), "node-a", now, Duration.ofMinutes(5));
        ledger.markDialing(attempt, "node-a", now);
        return attempt;
    }

    private OutcomeWriter writer(DataSource ds, CustomerStore customers, AtomicInteger failures,
            ScheduledExecutorService timer, java.util.function.Consumer<CallRecord> givenUp) {
        return new OutcomeWriter(settlement(ds, customers, failures), Executors.newSingleThreadExecutor(),
                new OutcomeWriter.Retries(timer, 3, Duration.ofMillis(10), givenUp), r -> { });
    }

    /**
     * A settlement over the real ledger whose last CRM event fails (after every other write) while {@code failures}
     * > 0: an answered call's event, or an unreachable attempt's {@code customer.exhausted}.
     */
    private AttemptSettlement settlement(DataSource ds, CustomerStore customers, AtomicInteger failures) {
        AttemptLedger ledger = new AttemptLedger(ds);
        WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
        CrmEvents events = new CrmEvents((t, c) -> "+12125550101") {
            @Override
            public List<WebhookEvent> callEnded(CallRecord r, Instant dialedAt) {
                failIfAsked(failures);
                return super.callEnded(r, dialedAt);
            }

            @Override
            public WebhookEvent exhausted(Attempt a, CustomerExhausted body, Instant at) {
                failIfAsked(failures);
                return super.exhausted(a, body, at);
            }
        };
        LedgerSettlement ledgerSettlement = new LedgerSettlement(ledger, TickSettings.defaults("node-a"),
                new CrmAttemptEvents(events, outbox, customers, (t, id) -> campaign(t, id)));
        return new AttemptSettlement(ledger, ledgerSettlement, customers,
                new OptOuts(customers, ledger, Clock.systemUTC()), new TranscriptStore(ds), outbox, events);
    }

    private static void failIfAsked(AtomicInteger failures) {
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the outbox is unavailable");
        }
    }

    private CallRecord optedOut(UUID attempt, long customer) {
        return record(attempt, customer, "opted_out", CallEndReason.parse("OPTED_OUT"), true);
    }

    private CallRecord record(UUID attempt, long customer, String outcome, CallEndReason end, boolean doNotCall) {
        CustomerView view = new CustomerView(String.valueOf(customer), "Maria", "Lopez", "+12125550101",
                ZoneId.of("America/New_York"), Map.of(), Set.of("segment:vip"));
        CallPlan plan = new CallPlan(attempt, 1, campaign, customer, "crm-1",
                new DialogContext(view, campaign.id(), campaign.name(), campaign.data()),
                CampaignDialogs.settingsFor(campaign));
        Instant t = Instant.now().minusSeconds(30);
        return new CallRecord(plan, outcome, end, MediaEndReason.ROBOT_HANGUP, List.of("greeting"),
                List.of(new TranscriptEntry(t, TranscriptEntry.Speaker.ROBOT, "greeting", "Hi Maria", 1, null, false),
                        new TranscriptEntry(t.plusSeconds(4), TranscriptEntry.Speaker.CALLER, "greeting",
                                "stop calling me", 0.9, "opt_out", false)),
                List.of(), List.of(), Map.of(), null, doNotCall, t, t.plusSeconds(20));
    }

    private Optional<Campaign> campaign(String tenant, String id) {
        return tenant.equals(campaign.tenant()) && id.equals(campaign.id()) ? Optional.of(campaign) : Optional.empty();
    }

    /** Counts the rows that statements writing an attempt's result or its plan change in {@code call_attempt}. */
    private static DataSource countingAttemptWrites(DataSource real, AtomicInteger writes) {
        return (DataSource) Proxy.newProxyInstance(SettleOnceTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = Proxies.invoke(real, method, args);
                    if (!method.getName().equals("getConnection")) {
                        return result;
                    }
                    Connection c = (Connection) result;
                    return Proxy.newProxyInstance(SettleOnceTest.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> {
                                Object made = Proxies.invoke(c, m, a);
                                if (m.getName().equals("prepareStatement") && a[0] instanceof String sql
                                        && sql.startsWith("UPDATE call_attempt SET")
                                        && (sql.contains("state = 'FINISHED'") || sql.contains("next_retry_at"))) {
                                    PreparedStatement ps = (PreparedStatement) made;
                                    return Proxy.newProxyInstance(SettleOnceTest.class.getClassLoader(),
                                            new Class<?>[] {PreparedStatement.class}, (q, qm, qa) -> {
                                                Object r = Proxies.invoke(ps, qm, qa);
                                                if (qm.getName().equals("executeUpdate")) {
                                                    writes.addAndGet((Integer) r);
                                                }
                                                return r;
                                            });
                                }
                                return made;
                            });
                });
    }

    private static int count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String text(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
