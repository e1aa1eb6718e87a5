package io.callbot.schedule;

import java.time.Duration;
import java.util.Map;

/**
 * What one tick did. Immutable.
 *
 * @param candidates audience members looked at
 * @param launched   attempts claimed and handed to the launcher
 * @param skipped    customers left out, by reason
 * @param skipWrites skip-log rows written (only changed reasons are written)
 */
public record TickReport(String campaignId, int candidates, int launched, Map<SkipReason, Integer> skipped,
                         int skipWrites, Duration took) {
    public TickReport {
        skipped = Map.copyOf(skipped);
    }
}
