package io.callbot.dialog;

import java.time.Duration;

/**
 * No-input or no-match handling of a listening state. On the event the robot says {@code reprompt}
 * (or, when it is {@link Message#NONE}, repeats the state's message) and listens again, at most
 * {@code maxReprompts} times in that state; the next such event goes to {@code target}. Immutable.
 *
 * @param timeout      silence after the robot stops speaking that counts as no input; null for no-match
 * @param reprompt     what to say before listening again
 * @param maxReprompts how many times to reprompt before giving up (0 = go to target at once)
 * @param target       state entered when reprompts are used up
 */
public record Recovery(Duration timeout, Message reprompt, int maxReprompts, String target) {
    public Recovery {
        reprompt = reprompt == null ? Message.NONE : reprompt;
    }
}
