package io.callbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callbot.campaign.CallingWindow;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.Schedule;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CampaignTickTest {
    private static final Instant NOW = Instant.parse("2026-06-10T15:00:00Z"); // Wednesday 11:00 in New York
    private static final ZoneId NY = Fixtures.NEW_YORK;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private static Candidate customer(String id, ZoneId zone) {
        return new Candidate(id, "acme", "+12125550100", zone, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void tickLaunchesDueCustomersInPriorityOrderAndRecordsWhyOthersWereLeftOut(TestDatabase db) throws Exception {
        try (db) {
            var ds = db.database().dataSource();
            AttemptLedger ledger = new AttemptLedger(ds);
            Schedule schedule = new Schedule(null, null, "0 * * * * ?",
                    new CallingWindow(LocalTime.of(9, 0), LocalTime.of(17, 0), EnumSet.allOf(DayOfWeek.class)),
                    List.of(LocalDate.parse("2026-06-11")), NY);
            Campaign campaign = Fixtures.campaign("spring-sale", "acme", schedule, Fixtures.retry());
            seedHistory(ledger);
            List<Candidate> audience = List.of(
                    new Candidate("dnc", "acme", "+12125550100", NY, true),
                    customer("opted-out", NY),
                    customer("final", NY),
                    customer("live", NY),
                    customer("maxed", NY),
                    customer("pending", NY),
                    customer("shanghai", ZoneId.of("Asia/Shanghai")),
                    customer("kiritimati", ZoneId.of("Pacific/Kiritimati")),
                    customer("capped", NY),
                    customer("retry-due", NY),
                    new Candidate("by-phone", "acme", "+12125550199", null, false),
                    customer("b", NY),
                    customer("c", NY));
            RecordingLauncher launcher = new RecordingLauncher(3);
            List<TickReport> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            CampaignTick tick = new CampaignTick(ds, new InMemoryCandidates(audience), launcher,
                    TickSettings.defaults("node-a"), Clock.fixed(NOW, ZoneOffset.UTC), heard::add);

            TickReport report = tick.run(campaign);
            assertThat(heard).containsExactly(report);
            assertThat(report.skipped()).isEqualTo(Map.of(SkipReason.DO_NOT_CALL, 2, SkipReason.ALREADY_FINAL, 1,
                    SkipReason.IN_PROGRESS, 1, SkipReason.MAX_ATTEMPTS, 1, SkipReason.RETRY_PENDING, 1,
                    SkipReason.OUTSIDE_WINDOW, 1, SkipReason.BLACKOUT, 1, SkipReason.FREQUENCY_CAP, 1,
                    SkipReason.CAPACITY, 1));

            assertThat(launcher.customers()).containsExactly("retry-due", "by-phone", "b");
            assertThat(launcher.launched.get(0).attemptNo()).isEqualTo(2);
            assertThat(report.candidates()).isEqualTo(13);
            SkipLog skips = new SkipLog(ds);
            Map<String, SkipReason> expected = Map.of("dnc", SkipReason.DO_NOT_CALL,
                    "opted-out", SkipReason.DO_NOT_CALL, "final", SkipReason.ALREADY_FINAL,
                    "live", SkipReason.IN_PROGRESS, "maxed", SkipReason.MAX_ATTEMPTS,
                    "pending", SkipReason.RETRY_PENDING, "shanghai", SkipReason.OUTSIDE_WINDOW,
                    "kiritimati", SkipReason.BLACKOUT, "capped", SkipReason.FREQUENCY_CAP, "c", SkipReason.CAPACITY);
            for (var e : expected.entrySet()) {
                assertThat(skips.latest("spring-sale", e.getKey()).orElseThrow().reason()).as(e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(skips.latest("spring-sale", "shanghai").orElseThrow().detail())
                    .contains("2026-06-10T23:00 Asia/Shanghai").contains("next open 2026-06-12T01:00:00Z");
            assertThat(report.skipWrites()).isEqualTo(10);

            // results come back: busy is retried after 30 minutes, an opt-out reaches the tenant's other campaigns
            var bQueuedElsewhere = new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", "other", "v1", "b", 1);
            ledger.claim(bQueuedElsewhere, "node-b", NOW, LEASE);
            launcher.calls.get("retry-due").complete(AttemptResult.dialing(ResultKind.BUSY, 17));
            launcher.calls.get("b").complete(new AttemptResult(ResultKind.ANSWERED, 16, "stop_calling", false, true,
                    null, "greet>stop"));
            UUID retryDue = launcher.launched.get(0).id();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(ledger.find(retryDue).orElseThrow().nextRetryAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
                assertThat(ledger.find(bQueuedElsewhere.id()).orElseThrow().state()).isEqualTo(AttemptState.CANCELLED);
            });

            // a second tick writes only what changed; capacity frees up for c
            TickReport second = tick.run(campaign);
            assertThat(heard).containsExactly(report, second);
            assertThat(launcher.customers()).containsExactly("retry-due", "by-phone", "b", "c");
            assertThat(skips.latest("spring-sale", "retry-due").orElseThrow().reason()).isEqualTo(SkipReason.RETRY_PENDING);
            assertThat(skips.latest("spring-sale", "b").orElseThrow().reason()).isEqualTo(SkipReason.DO_NOT_CALL);
            assertThat(skips.latest("spring-sale", "by-phone").orElseThrow().reason()).isEqualTo(SkipReason.IN_PROGRESS);
            assertThat(skips.latest("spring-sale", "c")).isEmpty();
            assertThat(second.skipWrites()).isEqualTo(3);

            // paused: no new attempts at all
            tick.states().transition("spring-sale", CampaignLifecycle.PAUSED, NOW);
            launcher.capacity = 100;
            assertThat(tick.run(campaign).launched()).isZero();
            assertThat(launcher.launched).hasSize(4);
            assertThat(heard).as("a paused campaign's tick looks at no customer").hasSize(2);
        }
    }

    private static void seedHistory(AttemptLedger ledger) throws Exception {
        Instant monthAgo = NOW.minus(Duration.ofDays(30));
        ledger.optOut("acme", "opted-out", monthAgo);
        finished(ledger, "spring-sale", "final", 1, monthAgo,
                new AttemptResult(ResultKind.ANSWERED, 16, "sold", true, false, null, "greet>sold"), RetryDecision.stop(SkipReason.ALREADY_FINAL));
        var live = new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", "spring-sale", "v1", "live", 1);
        ledger.claim(live, "node-b", NOW.minusSeconds(30), LEASE);
        ledger.markDialing(live.id(), "node-b", NOW.minusSeconds(30));
        for (int i = 1; i <= 5; i++) {
            finished(ledger, "spring-sale", "maxed", i, monthAgo.plus(Duration.ofDays(i)),
                    AttemptResult.dialing(ResultKind.BUSY, 17), RetryDecision.at(monthAgo.plus(Duration.ofDays(i + 1))));
        }
        finished(ledger, "spring-sale", "pending", 1, NOW.minus(Duration.ofMinutes(10)),
                AttemptResult.dialing(ResultKind.BUSY, 17), RetryDecision.at(NOW.plus(Duration.ofMinutes(20))));
        finished(ledger, "other-campaign", "capped", 1, NOW.minus(Duration.ofHours(2)),
                AttemptResult.dialing(ResultKind.NO_ANSWER, 19), RetryDecision.stop(SkipReason.MAX_ATTEMPTS));
        finished(ledger, "spring-sale", "retry-due", 1, NOW.minus(Duration.ofDays(2)),
                AttemptResult.dialing(ResultKind.BUSY, 17), RetryDecision.at(NOW.minus(Duration.ofDays(1))));
    }

    private static void finished(AttemptLedger ledger, String campaign, String customer, int no, Instant at,
                                 AttemptResult result, RetryDecision next) throws Exception {
        var a = new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", campaign, "v1", customer, no);
        assertThat(ledger.claim(a, "node-old", at, LEASE)).isTrue();
        ledger.finish(a.id(), result, at.plusSeconds(30), next);
    }
}
