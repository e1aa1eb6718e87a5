package io.callbot.schedule;

import io.callbot.dial.ResultKind;
import java.time.Instant;

/**
 * What a launched attempt came to. Immutable.
 *
 * @param kind       dialing result
 * @param q850Cause  the Hangup event's Q.850 cause, null if unknown
 * @param outcome    the dialog's outcome name (answered calls), else null
 * @param isFinal    true: the customer is done with this campaign
 * @param doNotCall  true: the customer opted out (the plan stops; the opt-out itself, for every campaign of the
 *                   tenant, is applied by the call layer's settlement, in the same transaction)
 * @param callbackAt a callback time the customer asked for in the dialog, else null
 * @param statePath  dialog states visited, e.g. {@code greet>offer>bye}; null if not answered
 */
public record AttemptResult(
        ResultKind kind, Integer q850Cause, String outcome, boolean isFinal, boolean doNotCall,
        Instant callbackAt, String statePath) {

    /** A call that never reached a dialog. */
    public static AttemptResult dialing(ResultKind kind, Integer q850Cause) {
        return new AttemptResult(kind, q850Cause, null, false, false, null, null);
    }
}
