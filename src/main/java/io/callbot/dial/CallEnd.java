package io.callbot.dial;

import java.time.Duration;
import java.util.UUID;

/**
 * The end of a call: for answered calls when the channel hangs up, for the others together with the result.
 *
 * @param attemptId the attempt
 * @param cause     Q.850 cause of the Hangup (0 when the customer hung up mid-call), null when unknown
 * @param causeText Asterisk's text, may be null
 * @param talkTime  from answer to hangup, null when not answered
 * @param known     false when the link was lost and the end time is a guess (reconciliation)
 */
public record CallEnd(UUID attemptId, Integer cause, String causeText, Duration talkTime, boolean known) { }
