package io.callbot.schedule;

/**
 * One rule that keeps a customer from being called now: a stable upper-case code ({@code AUDIENCE_TAG},
 * {@code AUDIENCE_ATTRIBUTE}, {@code DO_NOT_CALL}, {@code CONSENT}, {@code OUTSIDE_WINDOW}, {@code FREQUENCY_CAP},
 * {@code RETRY_PENDING}, {@code MAX_ATTEMPTS}, {@code CAMPAIGN_PAUSED}, ...; the scheduler's rules are
 * {@link SkipReason} names) and a sentence that names the rule and the customer's values. Immutable.
 */
public record WhyReason(String code, String message) {
    static WhyReason of(SkipReason reason, String message) {
        return new WhyReason(reason.name(), message);
    }
}
