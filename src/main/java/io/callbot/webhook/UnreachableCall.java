package io.callbot.webhook;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * An attempt that reached nobody ({@code call.unreachable}): busy, no answer, rejected, invalid number, congestion
 * or failed. Immutable.
 *
 * @param result        {@code BUSY}, {@code NO_ANSWER}, {@code REJECTED}, {@code INVALID_NUMBER}, {@code CONGESTION}
 *                      or {@code FAILED}
 * @param reason        the result in words, with the PBX's Q.850 cause when there was one
 * @param q850Cause     the Hangup event's Q.850 cause, null when the PBX gave none
 * @param attemptNo     which attempt of this customer in this campaign (1-based)
 * @param nextAttemptAt when the customer is due again, null when this campaign will not call again
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UnreachableCall(String result, String reason, Integer q850Cause, int attemptNo,
        WebhookEvent.Timings timings, Instant nextAttemptAt) implements EventBody {
}
