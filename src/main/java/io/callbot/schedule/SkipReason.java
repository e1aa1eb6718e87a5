package io.callbot.schedule;

import java.util.Locale;

/** Why a customer was not dialled; {@link #code()} is the lower-case name used in metrics and the ledger. */
public enum SkipReason {
    DO_NOT_CALL, OUTSIDE_WINDOW, BLACKOUT, OUTSIDE_DATES, FREQUENCY_CAP, MIN_GAP, MAX_ATTEMPTS, NOT_RETRYABLE,
    RETRY_PENDING, ALREADY_FINAL, IN_PROGRESS, CAPACITY, CAMPAIGN_PAUSED,
    /** Queued once, then no longer in the audience when checked before dialing (a profile or the filter changed). */
    NOT_IN_AUDIENCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SkipReason ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
