package io.callbot.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
    private final String name;
    private final TextInput input;
    private long line;
    private boolean seenRow;

    JsonLinesRowSource(String name, TextInput input) {
        this.name = name;
        this.input = input;
    }

    @Override
    public SourceRow next() throws ImportException {
        String text;
        do {
            try {
                text = input.reader().readLine();
            } catch (IOException e) {
                throw new ImportException(name, line + 1, "row", "cannot read: " + e.getMessage(), e);
            }
            if (text == null) {
                return null;
            }
            line++;
        } while (text.isBlank());
        if (!seenRow) {
            seenRow = true;
            checkNotCsv(text);
        }
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

    /** A CSV sent as JSON lines would reject every row one by one: say what the input is instead. */
    private void checkNotCsv(String first) throws ImportException {
        String t = first.strip();
        if (!t.startsWith("{") && !t.startsWith("[") && t.contains(",") && t.toLowerCase(java.util.Locale.ROOT)
                .contains("external_id")) {
            throw new ImportException(name, line, "row", "this looks like a CSV header, not JSON lines: import it as"
                    + " CSV (Content-Type: text/csv, or --format csv)");
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
        RawCustomer raw = new RawCustomer(text(node, "external_id", errors), phone(node.get("phone"), errors),
                text(node, "first_name", errors), text(node, "last_name", errors), text(node, "language", errors),
                text(node, "timezone", errors), text(node, "consent", errors), text(node, "do_not_call", errors),
                text(node, "do_not_call_reason", errors), tags, attributes);
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

    /**
     * A phone must be a JSON string: a number loses a leading {@code +} or {@code 0} and would be read in the
     * default region (the same number in a CSV is text and keeps them).
     */
    private static String phone(JsonNode phone, List<FieldError> errors) {
        if (phone != null && phone.isNumber()) {
            errors.add(new FieldError("phone", "must be a string such as \"+12125550123\", was the JSON number "
                    + phone.asText() + " (a number drops a leading + or 0)"));
            return null;
        }
        return phone == null || phone.isNull() ? null : phone.isValueNode() ? phone.asText() : invalid(phone, errors);
    }

    private static String invalid(JsonNode phone, List<FieldError> errors) {
        errors.add(new FieldError("phone", "must be a string, was " + phone.getNodeType()));
        return null;
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
