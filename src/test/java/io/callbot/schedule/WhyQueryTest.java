package io.callbot.schedule;

import static io.callbot.testing.NamedCustomers.id;
import io.callbot.dial.ResultKind;
import static io.callbot.schedule.CampaignTickTest.finished;
import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.Campaign;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each scheduling rule {@code why} names, worked out on demand from the ledger and the campaign. */
class WhyQueryTest {
    private static final Instant NOW = Instant.parse("2026-06-10T15:00:00Z"); // Wednesday 11:00 in New York
    private static final ZoneId NY = ZoneId.of("America/New_York");

    private static Candidate customer(String name, String zone) {
        return new Candidate(id(name), "acme", "+12125550100", ZoneId.of(zone), false);
    }

    private static List<String> codes(WhyAnswer a) {
        return a.reasons().stream().map(WhyReason::code).toList();
    }

    private static String message(WhyAnswer a, String code) {
        return a.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().message();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.callbot.testing.TestDatabases#both")
    void namesEachRuleThatKeepsACustomerOutAndWhenItLapses(TestDatabase db) throws Exception {
        try (db) {
            var ds = db.database().dataSource();
            AttemptLedger ledger = new AttemptLedger(ds);
            Instant monthAgo = NOW.minus(Duration.ofDays(30));
            finished(ledger, "spring-sale", id("busy"), 1, NOW.minus(Duration.ofMinutes(10)),
                    AttemptResult.dialing(ResultKind.BUSY, 17), RetryDecision.at(NOW.plus(Duration.ofMinutes(20))));
            for (int i = 1; i <= 5; i++) {
                finished(ledger, "spring-sale", id("maxed"), i, monthAgo.plus(Duration.ofDays(i)),
                        AttemptResult.dialing(ResultKind.BUSY, 17), RetryDecision.at(monthAgo.plus(Duration.ofDays(i + 1))));
            }
            finished(ledger, "spring-sale", id("final"), 1, monthAgo,
                    new AttemptResult(ResultKind.ANSWERED, 16, "sold", true, false, null, "greet>sold"),
                    RetryDecision.stop(SkipReason.ALREADY_FINAL));
            finished(ledger, "spring-sale", id("rejected"), 1, monthAgo, AttemptResult.dialing(ResultKind.REJECTED, 21),
                    RetryDecision.stop(SkipReason.NOT_RETRYABLE));
            finished(ledger, "other-campaign", id("capped"), 1, NOW.minus(Duration.ofHours(2)),
                    AttemptResult.dialing(ResultKind.NO_ANSWER, 19), RetryDecision.stop(SkipReason.MAX_ATTEMPTS));
            var live = new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", "spring-sale", "v1", id("live"), 1);
            ledger.claim(live, "node-b", NOW.minusSeconds(30), Duration.ofMinutes(2));
            ledger.optOut("acme", id("opted"), monthAgo);
            WhyQuery why = new WhyQuery(ds, TickSettings.defaults("why"), Clock.fixed(NOW, ZoneOffset.UTC));
            Campaign c = Fixtures.springSale();

            WhyAnswer fresh = why.explain("acme", "spring-sale", c, customer("fresh", "America/New_York"), List.of());
            assertThat(fresh.dueNow()).isTrue();
            assertThat(fresh.reasons()).isEmpty();
            assertThat(fresh.attempts()).isEmpty();

            WhyAnswer shanghai = why.explain("acme", "spring-sale", c, customer("shanghai", "Asia/Shanghai"), List.of());
            assertThat(codes(shanghai)).containsExactly("OUTSIDE_WINDOW");
            assertThat(message(shanghai, "OUTSIDE_WINDOW")).contains("23:00 on Wednesday 2026-06-10 in Asia/Shanghai")
                    .contains("09:00-17:00 every day (schedule.window)").contains("quiet hours 21:00-08:00")
                    .contains("next open 2026-06-12T01:00:00Z");
            assertThat(shanghai.nextEligibleAt()).isEqualTo(Instant.parse("2026-06-12T01:00:00Z"));

            WhyAnswer kiritimati = why.explain("acme", "spring-sale", c, customer("k", "Pacific/Kiritimati"), List.of());
            assertThat(codes(kiritimati)).containsExactly("BLACKOUT");
            assertThat(message(kiritimati, "BLACKOUT")).contains("2026-06-11 (Pacific/Kiritimati)")
                    .contains("schedule.blackout_dates");

            WhyAnswer busy = why.explain("acme", "spring-sale", c, customer("busy", "America/New_York"), List.of());
            assertThat(codes(busy)).containsExactly("RETRY_PENDING", "MIN_GAP", "FREQUENCY_CAP");
            assertThat(message(busy, "RETRY_PENDING")).contains("attempt 1 ended BUSY")
                    .contains("next attempt not before 2026-06-10T15:20:00Z").contains("(dial.retry.busy)");
            assertThat(message(busy, "MIN_GAP")).contains("keeps 20m between calls").contains("not before 2026-06-10T15:10:00Z");
            assertThat(busy.nextEligibleAt()).as("the cap lasts longest: next New York midnight")
                    .isEqualTo(Instant.parse("2026-06-11T04:00:00Z"));
            assertThat(busy.attempts()).singleElement().asString().startsWith("attempt 1: FINISHED result BUSY (Q.850 cause 17)");

            WhyAnswer capped = why.explain("acme", "spring-sale", c, customer("capped", "America/New_York"), List.of());
            assertThat(codes(capped)).containsExactly("FREQUENCY_CAP");
            assertThat(message(capped, "FREQUENCY_CAP"))
                    .contains("1 call(s) on 2026-06-10 in America/New_York and 1 in the last 7 days")
                    .contains("1 a day (schedule.max_calls_per_day) and 3 a week")
                    .contains("allowed again from 2026-06-11T04:00:00Z");

            WhyAnswer maxed = why.explain("acme", "spring-sale", c, customer("maxed", "America/New_York"), List.of());
            assertThat(codes(maxed)).containsExactly("MAX_ATTEMPTS");
            assertThat(message(maxed, "MAX_ATTEMPTS")).contains("attempts exhausted: 5 call(s) made")
                    .contains("allows 5 in all (dial.retry.max_attempts)");
            assertThat(maxed.nextEligibleAt()).isNull();

            assertThat(codes(why.explain("acme", "spring-sale", c, customer("final", "America/New_York"), List.of())))
                    .containsExactly("ALREADY_FINAL");
            WhyAnswer rejected = why.explain("acme", "spring-sale", c, customer("rejected", "America/New_York"), List.of());
            assertThat(codes(rejected)).containsExactly("NOT_RETRYABLE");
            assertThat(message(rejected, "NOT_RETRYABLE")).contains("ended REJECTED").contains("no retry rule");
            WhyAnswer inCall = why.explain("acme", "spring-sale", c, customer("live", "America/New_York"), List.of());
            assertThat(codes(inCall)).contains("IN_PROGRESS");
            assertThat(message(inCall, "IN_PROGRESS")).contains("attempt 1 is QUEUED");
            WhyAnswer opted = why.explain("acme", "spring-sale", c, customer("opted", "America/New_York"), List.of());
            assertThat(codes(opted)).containsExactly("DO_NOT_CALL");
            assertThat(message(opted, "DO_NOT_CALL")).contains("asked not to be called again on a call");

            // the customer store's verdicts come first, and never lapse by themselves
            WhyReason tag = new WhyReason("AUDIENCE_TAG", "not in the audience: lacks the tag vip (audience.tags.all)");
            WhyAnswer outside = why.explain("acme", "spring-sale", c, customer("shanghai", "Asia/Shanghai"), List.of(tag));
            assertThat(codes(outside)).containsExactly("AUDIENCE_TAG", "OUTSIDE_WINDOW");
            assertThat(outside.nextEligibleAt()).isNull();

            // the campaign's own state
            new CampaignStates(ds).register(new io.callbot.campaign.CampaignKey("acme", "spring-sale"), "v1", NOW);
            new CampaignStates(ds).transition(new io.callbot.campaign.CampaignKey("acme", "spring-sale"), CampaignLifecycle.PAUSED, NOW);
            WhyAnswer paused = why.explain("acme", "spring-sale", c, customer("fresh", "America/New_York"), List.of());
            assertThat(codes(paused)).containsExactly("CAMPAIGN_PAUSED");
            assertThat(message(paused, "CAMPAIGN_PAUSED")).contains("paused").contains("resume it");
            assertThat(codes(why.explain("acme", "spring-sale", null, customer("fresh", "America/New_York"), List.of())))
                    .containsExactly("CAMPAIGN_NOT_LOADED");
            WhyAnswer unknown = why.explain("acme", "autumn", null, customer("fresh", "America/New_York"), List.of());
            assertThat(codes(unknown)).containsExactly("CAMPAIGN_UNKNOWN");
            assertThat(message(unknown, "CAMPAIGN_UNKNOWN")).contains("no campaign autumn for tenant acme");
        }
    }
}
