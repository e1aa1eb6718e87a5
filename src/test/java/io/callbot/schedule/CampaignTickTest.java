package io.callbot.schedule;

import static io.callbot.testing.NamedCustomers.id;
import io.callbot.dial.ResultKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callbot.campaign.Campaign;
import io.callbot.campaign.PriorityKey;
import io.callbot.testing.InMemoryCandidates;
import io.callbot.testing.MutableClock;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CampaignTickTest {
    private static final Instant NOW = Instant.parse("2026-06-10T15:00:00Z"); // Wednesday 11:00 in New York
    private static final ZoneId NY = Fixtures.NEW_YORK;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** Long enough that no background re-read of the audience happens during a test that does not want one. */
    private static final TickSettings NO_REFRESH = TickSettings.defaults("node-a").withAudienceRefresh(Duration.ofDays(30));

    private static Candidate customer(String name, ZoneId zone) {
        return new Candidate(id(name), "acme", "+12125550100", zone, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void dialsTheBestDueCustomersFromItsQueueAndSteadyTicksReadNoAudience(TestDatabase db) throws Exception {
        try (db) {
            var ds = db.database().dataSource();
            AttemptLedger ledger = new AttemptLedger(ds);
            seedHistory(ledger);
            InMemoryCandidates audience = new InMemoryCandidates(List.of(
                    new Candidate(id("dnc"), "acme", "+12125550100", NY, true),
                    customer("opted-out", NY),
                    customer("final", NY),
                    customer("live", NY),
                    customer("maxed", NY),
                    customer("pending", NY),
                    customer("shanghai", SHANGHAI),
                    customer("kiritimati", ZoneId.of("Pacific/Kiritimati")),
                    customer("capped", NY),
                    customer("retry-due", NY),
                    new Candidate(id("by-phone"), "acme", "+12125550199", null, false),
                    customer("b", NY),
                    customer("c", NY)));
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            RecordingLauncher launcher = new RecordingLauncher(3, ds, NO_REFRESH, clock);
            List<TickReport> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            CampaignTick tick = new CampaignTick(ds, audience, launcher, NO_REFRESH, clock, heard::add);
            Campaign campaign = Fixtures.springSale();

            TickReport first = tick.run(campaign);
            assertThat(heard).containsExactly(first);
            assertThat(launcher.customers()).containsExactly(id("retry-due"), id("by-phone"), id("b"));
            assertThat(launcher.launched.get(0).attemptNo()).isEqualTo(2);
            assertThat(first.checked()).isEqualTo(3);
            assertThat(first.skipped()).as("what the read of the audience left out (the window is not part of it)")
                    .isEqualTo(Map.of(SkipReason.DO_NOT_CALL, 2, SkipReason.ALREADY_FINAL, 1, SkipReason.IN_PROGRESS, 1,
                            SkipReason.MAX_ATTEMPTS, 1, SkipReason.RETRY_PENDING, 1, SkipReason.FREQUENCY_CAP, 1));
            assertThat(first.queued()).as("c waits in the queue; nobody else is due").isEqualTo(1);
            assertThat(audience.passes()).isEqualTo(1);

            // results come back: busy is retried after 30 minutes; b's answered call was settled where it ended (the
            // launcher's one settlement transaction, its opt-out included): the scheduler writes nothing for it
            var bQueuedElsewhere = new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", "other", "v1", id("b"), 1);
            ledger.claim(bQueuedElsewhere, "node-b", NOW, LEASE);
            UUID bAttempt = launcher.launched.get(2).id();
            ledger.inTransaction(c -> {
                ledger.finish(c, bAttempt, new AttemptResult(ResultKind.ANSWERED, 16, "stop_calling", true, true, null,
                        "greet>stop"), NOW.minusSeconds(5), RetryDecision.stop(SkipReason.DO_NOT_CALL));
                ledger.optOut(c, "acme", id("b"), NOW.minusSeconds(5));
                return null;
            });
            launcher.calls.get(id("retry-due")).complete(AttemptResult.dialing(ResultKind.BUSY, 17));
            launcher.calls.get(id("b")).complete(null);
            UUID retryDue = launcher.launched.get(0).id();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(ledger.find(retryDue).orElseThrow().nextRetryAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
                assertThat(ledger.find(bQueuedElsewhere.id()).orElseThrow().state()).isEqualTo(AttemptState.CANCELLED);
            });
            PastAttempt b = ledger.find(bAttempt).orElseThrow();
            assertThat(b.endedAt()).as("the scheduler did not write b's attempt again").isEqualTo(NOW.minusSeconds(5));
            assertThat(b.stopReason()).isEqualTo("do_not_call");
            assertThat(b.nextRetryAt()).isNull();

            // the next ticks look only at the queue: c, and nobody else until someone is due again
            TickReport second = tick.run(campaign);
            assertThat(launcher.customers()).containsExactly(id("retry-due"), id("by-phone"), id("b"), id("c"));
            assertThat(second.checked()).isEqualTo(1);
            launcher.capacity = 100;
            TickReport third = tick.run(campaign);
            assertThat(third.launched()).isZero();
            assertThat(third.checked()).isZero();
            assertThat(audience.passes()).as("the audience was read once").isEqualTo(1);

            // paused: no new attempts at all, nobody looked at
            tick.states().transition(new io.callbot.campaign.CampaignKey("acme", "spring-sale"), CampaignLifecycle.PAUSED, NOW);
            assertThat(tick.run(campaign).launched()).isZero();
            assertThat(launcher.launched).hasSize(4);
            assertThat(heard).as("a paused campaign's tick looks at no customer").hasSize(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void customersLeftOutComeBackFromTheQueueWhenTheirRetryCapOrWindowAllows(TestDatabase db) throws Exception {
        try (db) {
            var ds = db.database().dataSource();
            AttemptLedger ledger = new AttemptLedger(ds);
            for (int hoursAgo = 1; hoursAgo <= 2; hoursAgo++) {
                finished(ledger, "other-campaign-" + hoursAgo, id("capped"), 1, NOW.minus(Duration.ofHours(hoursAgo)),
                        AttemptResult.dialing(ResultKind.NO_ANSWER, 19), RetryDecision.stop(SkipReason.MAX_ATTEMPTS));
            }
            InMemoryCandidates audience = new InMemoryCandidates(List.of(customer("busy-once", NY),
                    customer("shanghai", SHANGHAI), customer("capped", NY)));
            MutableClock clock = new MutableClock(NOW);
            TickSettings twoADay = new TickSettings("node-a", QuietHours.DEFAULT, new FrequencyCaps(2, 10), LEASE,
                    Duration.ofDays(30));
            RecordingLauncher launcher = new RecordingLauncher(10, ds, twoADay, clock);
            CampaignTick tick = new CampaignTick(ds, audience, launcher, twoADay, clock);
            Campaign campaign = Fixtures.springSale();

            tick.run(campaign);
            assertThat(launcher.customers()).containsExactly(id("busy-once"));
            launcher.calls.get(id("busy-once")).complete(AttemptResult.dialing(ResultKind.BUSY, 17));
            UUID first = launcher.launched.get(0).id();
            await().atMost(Duration.ofSeconds(20)).until(() -> ledger.find(first).orElseThrow().nextRetryAt() != null);

            clock.advance(Duration.ofMinutes(10)); // the retry is due at 15:30
            assertThat(tick.run(campaign).launched()).isZero();
            clock.advance(Duration.ofMinutes(21));
            tick.run(campaign);
            assertThat(launcher.customers()).containsExactly(id("busy-once"), id("busy-once"));
            assertThat(launcher.launched.get(1).attemptNo()).isEqualTo(2);
            launcher.calls.get(id("busy-once")).complete(new AttemptResult(ResultKind.ANSWERED, 16, "sold", true, false,
                    null, "greet>sold"));

            // the 12th, 09:30 in Shanghai (21:30 the day before in New York: closed; the 11th was a blackout date)
            clock.advance(Duration.between(clock.instant(), Instant.parse("2026-06-12T01:30:00Z")));
            tick.run(campaign);
            assertThat(launcher.customers()).containsExactly(id("busy-once"), id("busy-once"), id("shanghai"));

            // the 12th, 10:00 in New York: the cap of two calls a day let go of "capped" at midnight
            clock.advance(Duration.between(clock.instant(), Instant.parse("2026-06-12T14:00:00Z")));
            tick.run(campaign);
            assertThat(launcher.customers()).containsExactly(id("busy-once"), id("busy-once"), id("shanghai"), id("capped"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void aCustomerOptedOutOrChangedAfterBeingQueuedIsNotDialled(TestDatabase db) throws Exception {
        try (db) {
            var ds = db.database().dataSource();
            AttemptLedger ledger = new AttemptLedger(ds);
            InMemoryCandidates audience = new InMemoryCandidates(List.of(customer("a", NY), customer("b", NY),
                    customer("c", NY), customer("d", NY), customer("e", NY)));
            RecordingLauncher launcher = new RecordingLauncher(1);
            CampaignTick tick = new CampaignTick(ds, audience, launcher, NO_REFRESH, Clock.fixed(NOW, ZoneOffset.UTC));
            Campaign campaign = Fixtures.springSale();

            TickReport first = tick.run(campaign);
            assertThat(launcher.customers()).containsExactly(id("a"));
            assertThat(first.queued()).as("b to e wait in the queue").isEqualTo(4);

            audience.replace(new Candidate(id("b"), "acme", "+12125550100", NY, true)); // do-not-call set in the store
            ledger.optOut("acme", id("c"), NOW);                                     // said "stop" on another call
            audience.remove(id("d"));                                                 // left the audience
            TickReport second = tick.run(campaign);
            assertThat(launcher.customers()).containsExactly(id("a"), id("e"));
            assertThat(second.skipped()).isEqualTo(Map.of(SkipReason.DO_NOT_CALL, 2, SkipReason.NOT_IN_AUDIENCE, 1));
            assertThat(tick.run(campaign).checked()).as("they are out of the queue for good").isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void theAudienceIsReadAgainWhenItsOrderChangesAndInTheBackgroundWhenTheSnapshotAges(TestDatabase db)
            throws Exception {
        try (db) {
            var ds = db.database().dataSource();
            InMemoryCandidates audience = new InMemoryCandidates(List.of(customer("a", NY)));
            RecordingLauncher launcher = new RecordingLauncher(5);
            MutableClock clock = new MutableClock(NOW);
            CampaignTick tick = new CampaignTick(ds, audience, launcher, TickSettings.defaults("node-a"), clock);
            Campaign campaign = Fixtures.springSale();

            tick.run(campaign);
            audience.add(customer("imported-later", NY));
            clock.advance(Duration.ofSeconds(10));
            tick.run(campaign);
            assertThat(launcher.customers()).containsExactly(id("a"));
            assertThat(audience.passes()).isEqualTo(1);

            // a small audience is read again 15 s after its last read, in the background; the next ticks dial who
            // it found
            clock.advance(Duration.ofSeconds(6));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                tick.run(campaign);
                assertThat(launcher.customers()).containsExactly(id("a"), id("imported-later"));
            });
            assertThat(audience.passes()).isEqualTo(2);

            // a new priority order is a new audience order: read at once
            tick.run(Fixtures.withPriority(campaign, List.of(new PriorityKey("created_at", true)), "v2"));
            assertThat(audience.passes()).isEqualTo(3);
            // an edit that leaves audience and order alone (the dialog, the window) keeps the queue
            tick.run(Fixtures.withVersion(Fixtures.withPriority(campaign, List.of(new PriorityKey("created_at", true)),
                    "v2"), "v3"));
            assertThat(audience.passes()).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void twoNodesOnOneDatabaseNeverClaimTheSameCustomer(TestDatabase db) throws Exception {
        try (db) {
            var ds = db.database().dataSource();
            List<Candidate> customers = IntStream.range(0, 40).mapToObj(i -> customer("c" + i, NY)).toList();
            RecordingLauncher launcherA = new RecordingLauncher(3);
            RecordingLauncher launcherB = new RecordingLauncher(3);
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            CampaignTick nodeA = new CampaignTick(ds, new InMemoryCandidates(customers), launcherA,
                    TickSettings.defaults("node-a"), clock);
            CampaignTick nodeB = new CampaignTick(ds, new InMemoryCandidates(customers), launcherB,
                    TickSettings.defaults("node-b"), clock);
            Campaign campaign = Fixtures.springSale();
            for (int round = 0; round < 10; round++) {
                nodeA.run(campaign);
                nodeB.run(campaign);
            }
            List<Long> all = new ArrayList<>(launcherA.customers());
            all.addAll(launcherB.customers());
            assertThat(all).hasSize(40).doesNotHaveDuplicates();
            assertThat(launcherA.customers()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(launcherB.customers()).hasSizeGreaterThanOrEqualTo(10);
        }
    }

    private static void seedHistory(AttemptLedger ledger) throws Exception {
        Instant monthAgo = NOW.minus(Duration.ofDays(30));
        ledger.optOut("acme", id("opted-out"), monthAgo);
        finished(ledger, "spring-sale", id("final"), 1, monthAgo,
                new AttemptResult(ResultKind.ANSWERED, 16, "sold", true, false, null, "greet>sold"), RetryDecision.stop(SkipReason.ALREADY_FINAL));
        var live = new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", "spring-sale", "v1", id("live"), 1);
        ledger.claim(live, "node-b", NOW.minusSeconds(30), LEASE);
        ledger.markDialing(live.id(), "node-b", NOW.minusSeconds(30));
        for (int i = 1; i <= 5; i++) {
            finished(ledger, "spring-sale", id("maxed"), i, monthAgo.plus(Duration.ofDays(i)),
                    AttemptResult.dialing(ResultKind.BUSY, 17), RetryDecision.at(monthAgo.plus(Duration.ofDays(i + 1))));
        }
        finished(ledger, "spring-sale", id("pending"), 1, NOW.minus(Duration.ofMinutes(10)),
                AttemptResult.dialing(ResultKind.BUSY, 17), RetryDecision.at(NOW.plus(Duration.ofMinutes(20))));
        finished(ledger, "other-campaign", id("capped"), 1, NOW.minus(Duration.ofHours(2)),
                AttemptResult.dialing(ResultKind.NO_ANSWER, 19), RetryDecision.stop(SkipReason.MAX_ATTEMPTS));
        finished(ledger, "spring-sale", id("retry-due"), 1, NOW.minus(Duration.ofDays(2)),
                AttemptResult.dialing(ResultKind.BUSY, 17), RetryDecision.at(NOW.minus(Duration.ofDays(1))));
    }

    static void finished(AttemptLedger ledger, String campaign, long customer, int no, Instant at,
                         AttemptResult result, RetryDecision next) throws Exception {
        var a = new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", campaign, "v1", customer, no);
        assertThat(ledger.claim(a, "node-old", at, LEASE)).isTrue();
        ledger.finish(a.id(), result, at.plusSeconds(30), next);
    }
}
