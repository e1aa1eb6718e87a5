package io.callbot.webhook;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The campaign will not call this customer again although no final outcome was reached
 * ({@code customer.exhausted}). Immutable.
 *
 * @param reason     {@code max_attempts}, {@code not_retryable} or {@code outside_dates}
 * @param reasonText the reason in words
 * @param attempts   calls made to the customer in this campaign
 * @param lastResult the last attempt's result ({@code BUSY}, {@code NO_ANSWER}, {@code ANSWERED}, ...)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomerExhausted(String reason, String reasonText, int attempts, String lastResult)
        implements EventBody {
}
