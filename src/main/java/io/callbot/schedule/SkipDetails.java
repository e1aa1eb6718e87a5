package io.callbot.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Human-readable detail for a skip-log entry, computed only when the entry is written. Stateless. */
final class SkipDetails {
    private SkipDetails() {}

    static String describe(SkipReason reason, CandidateRules rules, CustomerHistory h, List<ZoneId> zones,
                           Instant now) {
        return switch (reason) {
            case OUTSIDE_WINDOW, BLACKOUT -> "local time " + localTimes(zones, now) + "; next open "
                    + rules.window().nextOpen(now, zones).map(Instant::toString).orElse("never (campaign over)");
            case RETRY_PENDING -> {
                PastAttempt last = h.lastCall();
                Instant next = last == null ? null : rules.nextAttemptAt(h, last, zones);
                yield "attempt " + (last == null ? "?" : last.attemptNo()) + " ended "
                        + (last == null || last.result() == null ? "without result" : "with " + last.result())
                        + "; next attempt not before " + (next == null ? "its result is recorded" : next);
            }
            case MAX_ATTEMPTS, ALREADY_FINAL, NOT_RETRYABLE -> h.callsMade() + " attempt(s) made";
            case FREQUENCY_CAP, MIN_GAP -> "checked at " + now + " in " + zones;
            default -> null;
        };
    }

    private static String localTimes(List<ZoneId> zones, Instant now) {
        StringBuilder sb = new StringBuilder();
        for (ZoneId z : zones) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(now.atZone(z).toLocalDateTime().withNano(0)).append(' ').append(z);
        }
        return sb.toString();
    }
}
