package io.callbot.schedule;

import io.callbot.campaign.RetryPolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The per-customer filter of a tick: whether a candidate is due now, or the reason it is not. Checks run
 * from the cheapest and most final (do-not-call, done) to the time-dependent ones (window, caps). Confined to
 * the thread of one tick (it caches window verdicts by zone).
 */
final class CandidateRules {
    private final RetryPolicy policy;
    private final CallingWindowRule window;
    private final RetryPlanner planner;
    private final FrequencyCaps caps;
    /** Window verdicts by zone for {@link #verdictsAt}: within one tick the verdict depends on the zone only. */
    private final java.util.Map<ZoneId, WindowVerdict> verdicts = new java.util.HashMap<>();
    private Instant verdictsAt;

    CandidateRules(RetryPolicy policy, CallingWindowRule window, FrequencyCaps caps) {
        this.policy = policy;
        this.window = window;
        this.planner = new RetryPlanner(policy, window);
        this.caps = caps;
    }

    RetryPlanner planner() {
        return planner;
    }

    CallingWindowRule window() {
        return window;
    }

    /** Null when the candidate is due now, else why not. */
    SkipReason check(Candidate c, boolean optedOut, CustomerHistory h, long[] calls, List<ZoneId> zones, Instant now) {
        if (c.doNotCall() || optedOut) {
            return SkipReason.DO_NOT_CALL;
        }
        SkipReason history = checkHistory(h, zones, now);
        if (history != null) {
            return history;
        }
        for (ZoneId zone : zones) {
            WindowVerdict verdict = verdict(zone, now);
            if (verdict != WindowVerdict.OPEN) {
                return switch (verdict) {
                    case BLACKOUT -> SkipReason.BLACKOUT;
                    case OUTSIDE_DATES -> SkipReason.OUTSIDE_DATES;
                    default -> SkipReason.OUTSIDE_WINDOW;
                };
            }
        }
        if (!FrequencyCaps.gapRespected(calls, now, policy.minGap())) {
            return SkipReason.MIN_GAP;
        }
        return caps.allows(calls, now, zones) ? null : SkipReason.FREQUENCY_CAP;
    }

    private WindowVerdict verdict(ZoneId zone, Instant now) {
        if (!now.equals(verdictsAt)) {
            verdicts.clear();
            verdictsAt = now;
        }
        return verdicts.computeIfAbsent(zone, z -> window.check(now, z));
    }

    private SkipReason checkHistory(CustomerHistory h, List<ZoneId> zones, Instant now) {
        if (h.attempts().isEmpty()) {
            return null;
        }
        if (h.isFinal()) {
            return SkipReason.ALREADY_FINAL;
        }
        if (h.inProgress()) {
            return SkipReason.IN_PROGRESS;
        }
        if (h.callsMade() >= policy.maxAttempts()) {
            return SkipReason.MAX_ATTEMPTS;
        }
        PastAttempt last = h.lastCall();
        if (last == null) {
            return null;
        }
        if (last.stopReason() != null) {
            return SkipReason.ofCode(last.stopReason());
        }
        Instant next = nextAttemptAt(h, last, zones);
        if (next == null) {
            return last.state() == AttemptState.UNKNOWN ? SkipReason.NOT_RETRYABLE : SkipReason.RETRY_PENDING;
        }
        return now.isBefore(next) ? SkipReason.RETRY_PENDING : null;
    }

    /** The stored retry time, or for a crash-settled attempt the time the no-answer rule allows. */
    Instant nextAttemptAt(CustomerHistory h, PastAttempt last, List<ZoneId> zones) {
        if (last.nextRetryAt() != null || last.state() != AttemptState.UNKNOWN) {
            return last.nextRetryAt();
        }
        Instant ended = last.endedAt() != null ? last.endedAt() : last.createdAt();
        return planner.plan(h, AttemptResult.dialing(ResultKind.UNKNOWN, null), ended, zones).nextAttemptAt();
    }
}
