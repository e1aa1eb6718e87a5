package io.callbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The published event contract itself: one schema per event type, the docs' examples valid against it (strictly:
 * no field the schema does not declare), and the defects the contract was written to stop are caught by it.
 */
@Tag("unit")
class EventContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    private final EventContract contract = new EventContract();

    @Test
    void everyEventTypeHasASchemaAndEverySchemaAType() throws Exception {
        Set<String> expected = new TreeSet<>();
        Arrays.stream(EventType.values()).forEach(t -> expected.add(t.schemaFile()));
        expected.add("common.schema.json");
        assertThat(EventContract.schemaFiles()).containsExactlyElementsOf(expected);
    }

    @Test
    void everyExampleInTheDocsValidatesAndEveryTypeHasOne() throws Exception {
        Set<String> documented = new TreeSet<>();
        for (JsonNode example : docExamples()) {
            String type = example.path("type").asText();
            assertThat(contract.problems(example.toString())).as("docs/webhooks.md example of %s", type).isEmpty();
            documented.add(type);
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(EventType.values()).map(EventType::wireName).toList());
    }

    @Test
    void theDefectsOfTheFirstPayloadFailTheContract() throws Exception {
        ObjectNode good = example("call.completed");
        assertThat(contract.problems(good.toString())).isEmpty();

        assertThat(contract.problems(with(good, "/transcript/0/speaker", "robot")))
                .anySatisfy(p -> assertThat(p).contains("/transcript/0/speaker"));
        assertThat(contract.problems(with(good, "/campaign/version", "9f2c41d0e3a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1")))
                .anySatisfy(p -> assertThat(p).contains("/campaign/version"));
        assertThat(contract.problems(withNull(good, "/timings/dialed_at")))
                .anySatisfy(p -> assertThat(p).contains("/timings/dialed_at"));
        assertThat(contract.problems(withNull(good, "/timings/ring_millis")))
                .anySatisfy(p -> assertThat(p).contains("/timings/ring_millis"));
        assertThat(contract.problems(with(example("call.voicemail"), "/result", "ANSWERED")))
                .anySatisfy(p -> assertThat(p).contains("/result"));
        ObjectNode missing = good.deepCopy();
        missing.remove("fields_set");
        assertThat(contract.problems(missing.toString())).anySatisfy(p -> assertThat(p).contains("fields_set"));
    }

    @Test
    void strictModeCatchesUndocumentedFieldsWhileThePublishedSchemasStayOpen() throws Exception {
        ObjectNode extra = example("call.unreachable");
        extra.put("surprise", 1);
        ((ObjectNode) extra.get("timings")).put("queue_millis", 5);
        assertThat(contract.problems(extra.toString(), true)).hasSize(2);
        assertThat(contract.problems(extra.toString(), false)).as("additive changes keep v1 receivers valid").isEmpty();
    }

    @Test
    void whatTheServerWritesForEachBodyValidates() {
        for (ObjectNode example : docExamples()) {
            WebhookEvent parsed = WebhookJson.read(example.toString());
            assertThat(contract.problems(WebhookJson.write(parsed))).as(parsed.type()).isEmpty();
            JsonNode written = readTree(WebhookJson.write(parsed));
            assertThat(written).as(parsed.type()).isEqualTo(example);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<ObjectNode> docExamples() {
        try {
            String md = Files.readString(Path.of("docs/webhooks.md"));
            List<ObjectNode> out = new ArrayList<>();
            Matcher m = JSON_BLOCK.matcher(md);
            while (m.find()) {
                JsonNode node = JSON.readTree(m.group(1));
                if (node.has("event_version")) {
                    out.add((ObjectNode) node);
                }
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode example(String type) {
        return docExamples().stream().filter(e -> e.path("type").asText().equals(type)).findFirst().orElseThrow()
                .deepCopy();
    }

    private static String with(ObjectNode root, String pointer, String value) {
        ObjectNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) copy.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), value);
        return copy.toString();
    }

    private static String withNull(ObjectNode root, String pointer) {
        ObjectNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) copy.at(pointer.substring(0, slash))).putNull(pointer.substring(slash + 1));
        return copy.toString();
    }
}
