package io.callbot.webhook;

/**
 * The fields one event type adds to the {@link WebhookEvent} envelope; each type has exactly one body record (see
 * {@link EventType}). Immutable.
 */
public sealed interface EventBody permits AnsweredCall, UnreachableCall, UnknownCall, CustomerExhausted,
        ProfileChange {

    /** The telephony result the event reports, or null when it reports no single call. */
    default String result() {
        return null;
    }
}
