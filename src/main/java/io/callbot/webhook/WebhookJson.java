package io.callbot.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.UUID;

/**
 * The one JSON mapping of {@link WebhookEvent}: the envelope's fields, then the body's, in one flat object; ISO-8601
 * times; absent values as {@code null}; unknown fields tolerated on read (new fields are additive, see
 * docs/webhooks.md). Thread-safe.
 */
public final class WebhookJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final List<String> ENVELOPE = List.of("event_id", "event_version", "type", "occurred_at", "tenant",
            "attempt_id", "campaign", "customer");

    private WebhookJson() {}

    public static String write(WebhookEvent event) {
        try {
            return MAPPER.writeValueAsString(tree(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize webhook event " + event.eventId(), e);
        }
    }

    /** The event as a JSON tree, in wire order. */
    public static ObjectNode tree(WebhookEvent event) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("event_id", event.eventId().toString());
        root.put("event_version", WebhookEvent.EVENT_VERSION);
        root.put("type", event.type());
        root.set("occurred_at", MAPPER.valueToTree(event.occurredAt()));
        root.put("tenant", event.tenant());
        root.put("attempt_id", event.attemptId() == null ? null : event.attemptId().toString());
        root.set("campaign", MAPPER.valueToTree(event.campaign()));
        root.set("customer", MAPPER.valueToTree(event.customer()));
        ObjectNode body = MAPPER.valueToTree(event.body());
        body.fields().forEachRemaining(f -> root.set(f.getKey(), f.getValue()));
        return root;
    }

    /** Parses a body this module wrote; receivers written in Java can use it too. */
    public static WebhookEvent read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            String type = root.path("type").asText(null);
            EventType known = EventType.ofName(type).orElseThrow(() ->
                    new IllegalArgumentException("not a webhook event: unknown type '" + type + "'"));
            ObjectNode body = ((ObjectNode) root).deepCopy();
            body.remove(ENVELOPE);
            return new WebhookEvent(UUID.fromString(root.path("event_id").asText()), type,
                    MAPPER.treeToValue(root.get("occurred_at"), java.time.Instant.class), root.path("tenant").asText(null),
                    root.path("attempt_id").isNull() || root.path("attempt_id").isMissingNode() ? null
                            : UUID.fromString(root.path("attempt_id").asText()),
                    MAPPER.treeToValue(root.get("campaign"), WebhookEvent.CampaignRef.class),
                    MAPPER.treeToValue(root.get("customer"), WebhookEvent.CustomerRef.class),
                    MAPPER.treeToValue(body, known.bodyType()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a webhook event: " + e.getOriginalMessage(), e);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("not a webhook event: " + e.getMessage(), e);
        }
    }
}
