package io.callbot.schedule;

import io.callbot.dial.ResultKind;
import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.RetryPolicy;
import io.callbot.campaign.RetryPolicy.RetryRule;
import io.callbot.campaign.RetryPolicy.RetryableResult;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("unit")
class RetryPlannerTest {
    private static final ZoneId NY = Fixtures.NEW_YORK;
    private final RetryPlanner planner = new RetryPlanner(Fixtures.retry(),
            new CallingWindowRule(Fixtures.schedule("09:00", "17:00", NY), QuietHours.DEFAULT));

    /** History of finished attempts with these results (oldest first). */
    private static CustomerHistory history(ResultKind... results) {
        List<PastAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            Instant t = Instant.parse("2026-06-01T14:00:00Z").plusSeconds(i);
            attempts.add(new PastAttempt(i + 1, AttemptState.FINISHED, results[i], false, null, t, t, null));
        }
        return new CustomerHistory(attempts);
    }

    static Stream<Arguments> plans() {
        // ended at 2026-06-01 10:00 New York (14:00Z); policy: busy 30 min x3, no answer 2 h x2, min gap 20 min, max 5
        return Stream.of(
                Arguments.of(List.of(ResultKind.BUSY), "2026-06-01T14:00:00Z", "2026-06-01T14:30:00Z", null),
                Arguments.of(List.of(ResultKind.NO_ANSWER), "2026-06-01T14:00:00Z", "2026-06-01T16:00:00Z", null),
                // no answer at 16:00 local: +2 h is 18:00, past the window: next day 09:00
                Arguments.of(List.of(ResultKind.NO_ANSWER), "2026-06-01T20:00:00Z", "2026-06-02T13:00:00Z", null),
                Arguments.of(List.of(ResultKind.BUSY, ResultKind.BUSY, ResultKind.BUSY), "2026-06-01T14:00:00Z", null, SkipReason.MAX_ATTEMPTS),
                Arguments.of(List.of(ResultKind.NO_ANSWER, ResultKind.UNKNOWN), "2026-06-01T14:00:00Z", null, SkipReason.MAX_ATTEMPTS),
                Arguments.of(List.of(ResultKind.BUSY, ResultKind.NO_ANSWER, ResultKind.BUSY, ResultKind.NO_ANSWER, ResultKind.BUSY), "2026-06-01T14:00:00Z", null, SkipReason.MAX_ATTEMPTS),
                Arguments.of(List.of(ResultKind.REJECTED), "2026-06-01T14:00:00Z", null, SkipReason.NOT_RETRYABLE),
                Arguments.of(List.of(ResultKind.INVALID_NUMBER), "2026-06-01T14:00:00Z", null, SkipReason.NOT_RETRYABLE),
                Arguments.of(List.of(ResultKind.CONGESTION), "2026-06-01T14:00:00Z", null, SkipReason.NOT_RETRYABLE),
                Arguments.of(List.of(ResultKind.UNKNOWN), "2026-06-01T14:00:00Z", "2026-06-01T16:00:00Z", null));
    }

    @ParameterizedTest(name = "{0} ended {1} -> {2} {3}")
    @MethodSource("plans")
    void retryTiming(List<ResultKind> results, String ended, String expectedAt, SkipReason expectedStop) {
        CustomerHistory h = history(results.toArray(ResultKind[]::new));
        ResultKind last = results.get(results.size() - 1);
        RetryDecision d = planner.plan(h, AttemptResult.dialing(last, null), Instant.parse(ended), List.of(NY));
        assertThat(d.nextAttemptAt()).isEqualTo(expectedAt == null ? null : Instant.parse(expectedAt));
        assertThat(d.stopReason()).isEqualTo(expectedStop);
    }

    @Test
    void callbackAskedForInDialogIsMovedIntoTheWindowAndRespectsMinGap() {
        CustomerHistory h = history(ResultKind.ANSWERED);
        Instant ended = Instant.parse("2026-06-01T14:00:00Z");
        // customer asks for 20:00 local: outside the window, moved to the next morning
        AttemptResult late = new AttemptResult(ResultKind.ANSWERED, 16, "callback", false, false,
                Instant.parse("2026-06-02T00:00:00Z"), "greet>callback");
        assertThat(planner.plan(h, late, ended, List.of(NY)).nextAttemptAt()).isEqualTo(Instant.parse("2026-06-02T13:00:00Z"));
        // "call me back in five minutes" still waits the 20-minute minimum gap
        AttemptResult soon = new AttemptResult(ResultKind.ANSWERED, 16, "callback", false, false,
                ended.plusSeconds(300), "greet>callback");
        assertThat(planner.plan(h, soon, ended, List.of(NY)).nextAttemptAt()).isEqualTo(ended.plusSeconds(1200));
    }

    @Test
    void aFailedTransferIsRetriedByItsOwnRuleOrNotAtAll() {
        RetryPolicy withRule = new RetryPolicy(5, Duration.ofMinutes(20), Map.of(
                RetryableResult.TRANSFER_FAILED, new RetryRule(Duration.ofHours(1), 2)));
        RetryPlanner callsBack = new RetryPlanner(withRule,
                new CallingWindowRule(Fixtures.schedule("09:00", "17:00", NY), QuietHours.DEFAULT));
        Instant ended = Instant.parse("2026-06-01T14:00:00Z");
        AttemptResult failed = new AttemptResult(ResultKind.TRANSFER_FAILED, null, "transfer_failed", false, false,
                null, "greeting>transfer_to_agent");
        assertThat(callsBack.plan(history(ResultKind.TRANSFER_FAILED), failed, ended, List.of(NY)).nextAttemptAt())
                .isEqualTo(ended.plusSeconds(3600));
        assertThat(callsBack.plan(history(ResultKind.TRANSFER_FAILED, ResultKind.TRANSFER_FAILED), failed, ended,
                List.of(NY)).stopReason()).as("its own max_attempts").isEqualTo(SkipReason.MAX_ATTEMPTS);
        assertThat(planner.plan(history(ResultKind.TRANSFER_FAILED), failed, ended, List.of(NY)).stopReason())
                .as("a campaign without the rule does not call back").isEqualTo(SkipReason.NOT_RETRYABLE);
    }

    @Test
    void finalOutcomesAndOptOutsStop() {
        CustomerHistory h = history(ResultKind.ANSWERED);
        Instant ended = Instant.parse("2026-06-01T14:00:00Z");
        assertThat(planner.plan(h, new AttemptResult(ResultKind.ANSWERED, 16, "sold", true, false, null, null), ended,
                List.of(NY)).stopReason()).isEqualTo(SkipReason.ALREADY_FINAL);
        assertThat(planner.plan(h, new AttemptResult(ResultKind.ANSWERED, 16, "stop", false, true, null, null), ended,
                List.of(NY)).stopReason()).isEqualTo(SkipReason.DO_NOT_CALL);
        assertThat(planner.plan(h, new AttemptResult(ResultKind.ANSWERED, 16, "info", false, false, null, null), ended,
                List.of(NY)).stopReason()).isEqualTo(SkipReason.NOT_RETRYABLE);
    }
}
