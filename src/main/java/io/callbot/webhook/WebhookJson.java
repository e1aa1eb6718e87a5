package io.callbot.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON mapping of {@link WebhookEvent}: ISO-8601 times, unknown fields tolerated on read. Thread-safe. */
public final class WebhookJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WebhookJson() {}

    public static String write(WebhookEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize webhook event " + event.eventId(), e);
        }
    }

    /** Parses a body this module wrote; receivers written in Java can use it too. */
    public static WebhookEvent read(String json) {
        try {
            return MAPPER.readValue(json, WebhookEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a webhook event: " + e.getOriginalMessage(), e);
        }
    }
}
