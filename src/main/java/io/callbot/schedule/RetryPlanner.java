package io.callbot.schedule;

import io.callbot.campaign.RetryPolicy;
import io.callbot.campaign.RetryPolicy.RetryRule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * When, if ever, a customer is called again after an attempt: the campaign's rule for the result (busy
 * after 30 min, ...), overall and per-result max attempts, the minimum gap between calls, or a callback the
 * customer asked for; the time found is then moved to the customer's next open calling window. Immutable.
 */
public final class RetryPlanner {
    private final RetryPolicy policy;
    private final CallingWindowRule window;

    public RetryPlanner(RetryPolicy policy, CallingWindowRule window) {
        this.policy = policy;
        this.window = window;
    }

    /**
     * @param history the customer's attempts in the campaign, including the one that just ended
     * @param result  how that attempt ended
     * @param endedAt when it ended
     * @param zones   the customer's zone(s)
     */
    public RetryDecision plan(CustomerHistory history, AttemptResult result, Instant endedAt, List<ZoneId> zones) {
        if (result.doNotCall()) {
            return RetryDecision.stop(SkipReason.DO_NOT_CALL);
        }
        if (result.isFinal()) {
            return RetryDecision.stop(SkipReason.ALREADY_FINAL);
        }
        if (history.callsMade() >= policy.maxAttempts()) {
            return RetryDecision.stop(SkipReason.MAX_ATTEMPTS);
        }
        Instant earliest;
        if (result.callbackAt() != null) {
            earliest = later(result.callbackAt(), endedAt.plus(policy.minGap()));
        } else {
            Optional<RetryRule> rule = RetryRules.of(result.kind()).map(r -> policy.rules().get(r));
            if (rule.isEmpty()) {
                return RetryDecision.stop(SkipReason.NOT_RETRYABLE);
            }
            if (history.countSameRule(result.kind()) >= rule.get().maxAttempts()) {
                return RetryDecision.stop(SkipReason.MAX_ATTEMPTS);
            }
            Duration wait = later(rule.get().delay(), policy.minGap());
            earliest = endedAt.plus(wait);
        }
        return window.nextOpen(earliest, zones)
                .map(RetryDecision::at)
                .orElse(RetryDecision.stop(SkipReason.OUTSIDE_DATES));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Duration later(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
