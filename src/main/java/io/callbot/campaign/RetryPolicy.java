package io.callbot.campaign;

import java.time.Duration;
import java.util.Map;

/**
 * Retry rules. A customer gets at most {@code maxAttempts} attempts in the campaign overall; after a
 * result listed in {@code rules} another attempt follows after its delay, while that result has occurred
 * fewer than its own max_attempts times; results not listed are not retried. Two calls to one customer
 * are never closer than {@code minGap}. Immutable.
 */
public record RetryPolicy(int maxAttempts, Duration minGap, Map<RetryableResult, RetryRule> rules) {

    public RetryPolicy {
        rules = Map.copyOf(rules);
    }

    /** No retries: one attempt. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Map.of());

    /** Call results that may be retried; YAML keys are the lower-case names. */
    public enum RetryableResult {
        BUSY, NO_ANSWER, FAILED, CONGESTION, VOICEMAIL,
        /** The dialog transferred the caller and nobody was reached: the retry is the robot calling back. */
        TRANSFER_FAILED;

        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param delay       wait after such a result before the next attempt
     * @param maxAttempts how many times this result may occur before the customer is given up
     */
    public record RetryRule(Duration delay, int maxAttempts) {
    }
}
