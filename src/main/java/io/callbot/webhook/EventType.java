package io.callbot.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type of contract version {@value WebhookEvent#EVENT_VERSION}, with the body it carries. Each has a JSON
 * Schema, {@code docs/events/v1/<name>.schema.json}, packaged as {@code events/v1/<name>.schema.json} and served by
 * the API.
 */
public enum EventType {
    CALL_COMPLETED("call.completed", AnsweredCall.class),
    CALL_VOICEMAIL("call.voicemail", AnsweredCall.class),
    CALL_TRANSFER_FAILED("call.transfer_failed", AnsweredCall.class),
    CALL_UNREACHABLE("call.unreachable", UnreachableCall.class),
    CALL_UNKNOWN("call.unknown", UnknownCall.class),
    CUSTOMER_EXHAUSTED("customer.exhausted", CustomerExhausted.class),
    CUSTOMER_UPDATED("customer.updated", ProfileChange.class);

    /** Where the schemas live on the class path. */
    public static final String SCHEMA_DIR = "events/v" + WebhookEvent.EVENT_VERSION + "/";

    private final String wireName;
    private final Class<? extends EventBody> bodyType;

    EventType(String wireName, Class<? extends EventBody> bodyType) {
        this.wireName = wireName;
        this.bodyType = bodyType;
    }

    /** The name in the body's {@code type} and the {@code X-Callbot-Event-Type} header. */
    public String wireName() {
        return wireName;
    }

    public Class<? extends EventBody> bodyType() {
        return bodyType;
    }

    /** The schema's class-path resource, e.g. {@code events/v1/call.completed.schema.json}. */
    public String schemaResource() {
        return SCHEMA_DIR + schemaFile();
    }

    public String schemaFile() {
        return wireName + ".schema.json";
    }

    public static Optional<EventType> ofName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
