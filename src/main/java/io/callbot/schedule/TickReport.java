package io.callbot.schedule;

import java.time.Duration;
import java.util.Map;

/**
 * What one tick did. Immutable.
 *
 * @param checked  customers taken from the dialing queue and checked against the store and the ledger
 * @param launched attempts claimed and handed to the launcher
 * @param skipped  customers checked and not dialled, by reason; when this tick took in a new pass over the
 *                 audience (the first tick, an edit, a refresh), also those the pass left out (the calling window
 *                 is not part of a pass: it is applied when the queue is filled)
 * @param queued   customers left waiting in the dialing queue
 */
public record TickReport(String tenant, String campaignId, int checked, int launched, Map<SkipReason, Integer> skipped,
                         int queued, Duration took) {
    public TickReport {
        skipped = Map.copyOf(skipped);
    }
}
