package io.callbot.campaign;

import java.time.Duration;

/**
 * How calls are placed. Immutable.
 *
 * @param trunk             Asterisk dial string template; {@code {phone}} is replaced by the E.164 number
 *                          (e.g. {@code PJSIP/{phone}@carrier})
 * @param callerId          caller id presented to the customer
 * @param maxConcurrent     most simultaneous calls of this campaign, &gt; 0
 * @param callsPerSecond    most new calls started per second, &gt; 0
 * @param ringTimeout       how long to ring before giving up (default 30s)
 * @param answeringMachine  what to do when a machine answers (default hang_up)
 * @param retry             retry rules per call result
 */
public record DialSettings(
        String trunk,
        String callerId,
        int maxConcurrent,
        double callsPerSecond,
        Duration ringTimeout,
        AnsweringMachinePolicy answeringMachine,
        RetryPolicy retry) {

    /** The dial string for one customer. */
    public String endpointFor(String e164Phone) {
        return trunk.replace("{phone}", e164Phone);
    }
}
