package io.callbot.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The published CRM event contract ({@code docs/events/v1/*.schema.json}) as a validator for tests, in two modes: as
 * published (what a receiver validates with), and strict, where every object additionally forbids properties its
 * schema does not declare, so a field the server sends but the contract does not document fails. Thread-safe.
 */
public final class EventContract {
    public static final Path DIR = Path.of("docs/events/v1");
    private static final String BASE = "https://contract.callbot.test/events/v1/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Schema> published = new HashMap<>();
    private final Map<String, Schema> strict = new HashMap<>();

    public EventContract() {
        Map<String, String> asPublished = new HashMap<>();
        Map<String, String> asStrict = new HashMap<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.toList()) {
                JsonNode schema = JSON.readTree(f.toFile());
                asPublished.put(BASE + f.getFileName(), JSON.writeValueAsString(schema));
                asStrict.put(BASE + f.getFileName(), JSON.writeValueAsString(closed(schema.deepCopy())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistry publishedRegistry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(asPublished));
        SchemaRegistry strictRegistry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(asStrict));
        for (EventType t : EventType.values()) {
            published.put(t.wireName(), publishedRegistry.getSchema(SchemaLocation.of(BASE + t.schemaFile())));
            strict.put(t.wireName(), strictRegistry.getSchema(SchemaLocation.of(BASE + t.schemaFile())));
        }
    }

    /** Every schema file of the contract, by file name. */
    public static List<String> schemaFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Problems of {@code json} against its type's schema, strict mode; empty when it conforms. */
    public List<String> problems(String json) {
        return problems(json, true);
    }

    public List<String> problems(String json, boolean strictMode) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        String type = node.path("type").asText();
        Schema schema = (strictMode ? strict : published).get(type);
        if (schema == null) {
            return List.of("no schema for event type '" + type + "'");
        }
        return schema.validate(node).stream().map(EventContract::describe).toList();
    }

    private static String describe(Error e) {
        return e.getInstanceLocation() + ": " + e.getMessage();
    }

    /**
     * Adds {@code unevaluatedProperties: false} to every schema object that declares {@code "type": "object"}: the
     * envelope and the answered-call mix-in declare no type, so the properties they evaluate count for the schema that
     * includes them.
     */
    private static JsonNode closed(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            o.fields().forEachRemaining(f -> closed(f.getValue()));
            if ("object".equals(o.path("type").asText()) && !o.has("additionalProperties")) {
                o.put("unevaluatedProperties", false);
            }
        } else if (node.isArray()) {
            node.forEach(EventContract::closed);
        }
        return node;
    }
}
