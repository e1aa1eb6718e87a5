package io.callbot.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A campaign's finished calls over time: per bucket (an hour or a day of the viewer's zone), how many ended with
 * each result and each outcome. Immutable value.
 */
public record Timeline(String bucket, String timezone, List<Bucket> buckets) {
    public Timeline {
        buckets = List.copyOf(buckets);
    }

    /** One bucket, starting at {@code start}; counts by result and by outcome (calls without an outcome: none). */
    public record Bucket(Instant start, Map<String, Long> results, Map<String, Long> outcomes) {
        public Bucket {
            results = Map.copyOf(results);
            outcomes = Map.copyOf(outcomes);
        }
    }
}
