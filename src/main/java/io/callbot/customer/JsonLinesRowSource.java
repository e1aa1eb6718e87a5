package io.callbot.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON lines: one object per line with the CSV's field names, {@code tags} an array of strings and
 * {@code attributes} an object (other top-level keys are attributes too). Blank lines are skipped; the row is
 * the line number. Not thread-safe: one reader per file.
 */
final class JsonLinesRowSource implements RowSource {
    private final Path file;
    private final TextInput input;
    private long line;

    JsonLinesRowSource(Path file, TextInput input) {
        this.file = file;
        this.input = input;
    }

    @Override
    public SourceRow next() throws ImportException {
        String text;
        do {
            try {
                text = input.reader().readLine();
            } catch (IOException e) {
                throw new ImportException(file + ":" + (line + 1) + ": cannot read: " + e.getMessage(), e);
            }
            if (text == null) {
                return null;
            }
            line++;
        } while (text.isBlank());
        String encoding = TextInput.encodingProblem(text);
        if (encoding != null) {
            return SourceRow.bad(line, List.of(new FieldError("row", encoding)));
        }
        try {
            JsonNode node = Attributes.JSON.readTree(text);
            if (!node.isObject()) {
                return SourceRow.bad(line, List.of(new FieldError("row", "must be a JSON object, was " + node.getNodeType())));
            }
            return toRow(node);
        } catch (JsonProcessingException e) {
            return SourceRow.bad(line, List.of(new FieldError("row", "malformed JSON: " + e.getOriginalMessage()
                    + " (column " + e.getLocation().getColumnNr() + ")")));
        }
    }

    private SourceRow toRow(JsonNode node) throws JsonProcessingException {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> attributes = new LinkedHashMap<>();
        JsonNode attrs = node.get("attributes");
        if (attrs != null && !attrs.isNull()) {
            if (attrs.isObject()) {
                for (var e : attrs.properties()) {
                    attributes.put(e.getKey(), Attributes.JSON.treeToValue(e.getValue(), Object.class));
                }
            } else {
                errors.add(new FieldError("attributes", "must be an object"));
            }
        }
        for (var e : node.properties()) {
            if (!CsvRowSource.KNOWN.contains(e.getKey()) && !e.getKey().equals("attributes")) {
                attributes.put(e.getKey(), Attributes.JSON.treeToValue(e.getValue(), Object.class));
            }
        }
        List<String> tags = tags(node.get("tags"), errors);
        RawCustomer raw = new RawCustomer(text(node, "external_id", errors), text(node, "phone", errors),
                text(node, "first_name", errors), text(node, "last_name", errors), text(node, "language", errors),
                text(node, "timezone", errors), text(node, "consent", errors), tags, attributes);
        return errors.isEmpty() ? SourceRow.ok(line, raw) : SourceRow.bad(line, errors);
    }

    private static List<String> tags(JsonNode tags, List<FieldError> errors) {
        List<String> out = new ArrayList<>();
        if (tags == null || tags.isNull()) {
            return out;
        }
        if (tags.isTextual()) {
            return Arrays.asList(tags.asText().split(";"));
        }
        if (!tags.isArray()) {
            errors.add(new FieldError("tags", "must be an array of strings"));
            return out;
        }
        for (JsonNode t : tags) {
            if (t.isTextual()) {
                out.add(t.asText());
            } else {
                errors.add(new FieldError("tags", "must be an array of strings, found " + t.getNodeType()));
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field, List<FieldError> errors) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        errors.add(new FieldError(field, "must be a string, was " + v.getNodeType()));
        return null;
    }

    @Override
    public void close() {
        input.close();
    }
}
