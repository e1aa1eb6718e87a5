package io.callbot.schedule;

import java.util.Locale;

/** Why a candidate was left out of a campaign tick; stored lower-case in {@code schedule_skip.reason}. */
public enum SkipReason {
    DO_NOT_CALL, OUTSIDE_WINDOW, BLACKOUT, OUTSIDE_DATES, FREQUENCY_CAP, MIN_GAP, MAX_ATTEMPTS, NOT_RETRYABLE,
    RETRY_PENDING, ALREADY_FINAL, IN_PROGRESS, CAPACITY, CAMPAIGN_PAUSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SkipReason ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
