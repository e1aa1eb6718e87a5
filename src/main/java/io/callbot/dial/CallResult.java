package io.callbot.dial;

import java.time.Duration;
import java.util.UUID;

/**
 * How an attempt turned out, known at answer (or AMD verdict) for answered calls, at hangup for the others.
 *
 * @param attemptId    the attempt
 * @param kind         the classification
 * @param cause        Q.850 cause of the Hangup event, null when none arrived (answered calls still up, UNKNOWN)
 * @param causeText    Asterisk's text for the cause, may be null
 * @param sipCode      the SIP response behind the cause ({@code TechCause}: 486, 603, 408 ...), null if none
 * @param timeToAnswer from sending the Originate to the answer; null when not answered
 * @param amdStatus    AMD verdict (HUMAN, MACHINE, NOTSURE), null when not asked or not received
 * @param detail       a short human-readable note (e.g. why it is UNKNOWN or FAILED)
 */
public record CallResult(UUID attemptId, ResultKind kind, Integer cause, String causeText, Integer sipCode,
                         Duration timeToAnswer,
                         String amdStatus, String detail) {

    public boolean answered() {
        return kind.answered();
    }
}
