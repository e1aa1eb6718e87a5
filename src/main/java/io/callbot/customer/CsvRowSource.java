package io.callbot.customer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a customers CSV with commons-csv: a header row naming the columns (known ones case-insensitively:
 * external_id, phone, first_name, last_name, language, timezone, tags, consent; every other column is an
 * attribute), then one customer per record. Tags are {@code ;}-separated. Row numbers are record numbers with
 * the header as row 1. Not thread-safe: one reader per file.
 */
final class CsvRowSource implements RowSource {
    static final Set<String> KNOWN = Set.of("external_id", "phone", "first_name", "last_name", "language",
            "timezone", "tags", "consent");
    private static final List<String> REQUIRED = List.of("external_id", "phone");

    private final Path file;
    private final TextInput input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String[] header;
    private final Map<String, Integer> known = new HashMap<>();

    private CsvRowSource(Path file, TextInput input, CSVParser parser, String[] header) {
        this.file = file;
        this.input = input;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = header;
        for (int i = 0; i < header.length; i++) {
            String name = header[i].toLowerCase(Locale.ROOT);
            if (KNOWN.contains(name)) {
                known.put(name, i);
            }
        }
    }

    /** Opens the file and checks its header; null when the file has no header at all (empty). */
    static CsvRowSource open(Path file, TextInput input) throws ImportException {
        try {
            CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(input.reader());
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                parser.close();
                return null;
            }
            String[] header = checkHeader(file, it.next());
            return new CsvRowSource(file, input, parser, header);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportException(file + ":1: header: cannot parse: " + e.getMessage(), e);
        }
    }

    private static String[] checkHeader(Path file, CSVRecord record) throws ImportException {
        String[] header = record.stream().map(String::trim).toArray(String[]::new);
        String encoding = TextInput.encodingProblem(String.join(",", header));
        if (encoding != null) {
            throw new ImportException(file + ":1: header: " + encoding);
        }
        List<String> lower = Arrays.stream(header).map(h -> h.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < header.length; i++) {
            if (header[i].isEmpty()) {
                throw new ImportException(file + ":1: header: column " + (i + 1) + " has no name");
            }
            if (lower.indexOf(lower.get(i)) != i) {
                throw new ImportException(file + ":1: header: column '" + header[i] + "' appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!lower.contains(required)) {
                throw new ImportException(file + ":1: header: missing required column " + required
                        + " (found: " + String.join(", ", header) + ")");
            }
        }
        return header;
    }

    @Override
    public SourceRow next() throws ImportException {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportException(file + ":" + (parser.getRecordNumber() + 1) + ": row: malformed CSV ("
                    + e.getMessage() + "); fix the quoting and import again", e);
        }
        long row = record.getRecordNumber();
        if (record.size() != header.length) {
            return SourceRow.bad(row, List.of(new FieldError("row", "has " + record.size() + " columns, the header has "
                    + header.length)));
        }
        List<FieldError> encoding = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String problem = TextInput.encodingProblem(record.get(i));
            if (problem != null) {
                encoding.add(new FieldError(header[i], problem));
            }
        }
        return encoding.isEmpty() ? SourceRow.ok(row, toRaw(record)) : SourceRow.bad(row, encoding);
    }

    private RawCustomer toRaw(CSVRecord record) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            if (!KNOWN.contains(header[i].toLowerCase(Locale.ROOT))) {
                attributes.put(header[i], record.get(i));
            }
        }
        String tags = get(record, "tags");
        return new RawCustomer(get(record, "external_id"), get(record, "phone"), get(record, "first_name"),
                get(record, "last_name"), get(record, "language"), get(record, "timezone"), get(record, "consent"),
                tags == null ? List.of() : Arrays.asList(tags.split(";")), attributes);
    }

    private String get(CSVRecord record, String column) {
        Integer index = known.get(column);
        return index == null ? null : record.get(index);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // read-only
        }
        input.close();
    }
}
