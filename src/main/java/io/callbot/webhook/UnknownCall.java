package io.callbot.webhook;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An attempt whose end nobody saw ({@code call.unknown}): the server stopped (crash, power loss) after the Originate
 * went out, and reconciliation settled it as {@code UNKNOWN}. It may have reached the phone; it is retried only as a
 * no-answer is. Immutable.
 *
 * @param result    always {@code UNKNOWN}
 * @param reason    what is known, in words
 * @param attemptNo which attempt of this customer in this campaign (1-based)
 * @param timings   {@code ended_at} is when reconciliation settled the attempt
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UnknownCall(String result, String reason, int attemptNo, WebhookEvent.Timings timings)
        implements EventBody {
}
