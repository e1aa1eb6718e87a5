package io.callbot.customer;

/** Where a profile's timezone came from; the scheduler may treat a guessed zone more cautiously. Immutable. */
public enum TimezoneSource {
    /** given by the CRM */
    EXPLICIT,
    /** derived from the phone number, which maps to exactly one zone */
    PHONE,
    /** derived from the phone number, which maps to several zones: the one with the median UTC offset was taken */
    PHONE_AMBIGUOUS
}
