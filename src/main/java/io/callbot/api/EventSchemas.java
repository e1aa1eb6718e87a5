package io.callbot.api;

import io.callbot.webhook.EventType;
import io.callbot.webhook.WebhookEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves the CRM event contract (JSON Schemas, {@code docs/events/v1/}) from the class path, so an integrator can
 * fetch exactly the schemas of the server they talk to. Relative {@code $ref}s resolve against the same URL. Stateless.
 */
final class EventSchemas {
    static final String COMMON = "common.schema.json";
    private static final String BASE = ApiServer.PREFIX + "/events/schemas/";

    private EventSchemas() {}

    /** The event types of this server's contract version, each with its schema's URL. */
    static Map<String, Object> index() {
        List<Map<String, String>> types = new ArrayList<>();
        for (EventType t : EventType.values()) {
            types.add(Map.of("type", t.wireName(), "schema", BASE + t.schemaFile()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event_version", WebhookEvent.EVENT_VERSION);
        out.put("common", BASE + COMMON);
        out.put("types", types);
        return out;
    }

    static ApiResponse file(String name) throws IOException {
        boolean known = COMMON.equals(name)
                || java.util.Arrays.stream(EventType.values()).anyMatch(t -> t.schemaFile().equals(name));
        if (!known) {
            return Json.error(404, "not_found", "no event schema " + name + "; the list is at " + BASE.substring(0,
                    BASE.length() - 1));
        }
        return ApiResponse.of(200, "application/schema+json", SystemRoutes.resource(EventType.SCHEMA_DIR + name));
    }
}
