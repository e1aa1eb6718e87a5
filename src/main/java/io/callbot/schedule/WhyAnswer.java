package io.callbot.schedule;

import java.time.Instant;
import java.util.List;

/**
 * Why a customer is or is not called by a campaign, as of {@code at}. Immutable.
 *
 * @param dueNow         true when no rule keeps the customer out: the next ticks call them, by priority and capacity
 * @param reasons        every rule that keeps the customer out now, most final first
 * @param nextEligibleAt when the time-bound reasons all lapse; null when due now or some reason never lapses
 * @param attempts       the customer's attempts in the campaign, oldest first, one line each
 */
public record WhyAnswer(Instant at, boolean dueNow, List<WhyReason> reasons, Instant nextEligibleAt,
                        List<String> attempts) {
    public WhyAnswer {
        reasons = List.copyOf(reasons);
        attempts = List.copyOf(attempts);
    }
}
