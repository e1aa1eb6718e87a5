package io.callbot.schedule;

import java.time.Instant;

/**
 * Whether a customer may be called, by the rules that do not depend on the local time of day (do-not-call,
 * the attempts so far, retry timing, the minimum gap and the frequency caps): due now, due again from a known
 * time, or never again in this campaign. Immutable.
 *
 * @param reason    why not now; null when due
 * @param notBefore when the customer may be due again; null when due now or never again
 */
record Eligibility(SkipReason reason, Instant notBefore) {
    static final Eligibility DUE = new Eligibility(null, null);

    static Eligibility never(SkipReason reason) {
        return new Eligibility(reason, null);
    }

    static Eligibility later(SkipReason reason, Instant at) {
        return new Eligibility(reason, at);
    }

    boolean due() {
        return reason == null;
    }

    boolean never() {
        return reason != null && notBefore == null;
    }
}
