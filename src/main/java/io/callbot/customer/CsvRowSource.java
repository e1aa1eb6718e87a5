package io.callbot.customer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a customers CSV with commons-csv: a header row naming the columns (known ones case-insensitively:
 * {@link #KNOWN}; every other column is an attribute), then one customer per record. Tags are {@code ;}-separated.
 * Rows are numbered by the line they start on (a quoted value may span lines; blank lines count), as an editor
 * shows them. A broken header or quoting stops the import with the line named: reading on would guess where rows
 * begin. Not thread-safe: one reader per input.
 */
final class CsvRowSource implements RowSource {
    static final Set<String> KNOWN = Set.of("external_id", "phone", "first_name", "last_name", "language",
            "timezone", "tags", "consent", "do_not_call", "do_not_call_reason");
    private static final List<String> REQUIRED = List.of("external_id", "phone");
    /** Column names a CRM export may use for a known column: stored as attributes, so the import warns. */
    private static final Map<String, String> LOOKALIKES = Map.of("dnc", "do_not_call", "do-not-call", "do_not_call",
            "donotcall", "do_not_call", "do not call", "do_not_call", "opt_out", "do_not_call", "opted_out",
            "do_not_call", "marketing_consent", "consent", "phone_number", "phone", "mobile", "phone", "customer_id",
            "external_id");
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
    private static final Pattern AT_LINE = Pattern.compile("at line: (\\d+)");

    private final String name;
    private final TextInput input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String[] header;
    private final Map<String, Integer> known = new HashMap<>();
    /** the columns that are attributes (every column not {@link #KNOWN}), in file order */
    private final int[] attributeColumns;
    private final List<ImportProblem> headerWarnings = new ArrayList<>();
    /** the line the last record ended on */
    private long lastLine;

    private CsvRowSource(String name, TextInput input, CSVParser parser, String[] header) {
        this.name = name;
        this.input = input;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = header;
        this.lastLine = parser.getCurrentLineNumber();
        for (int i = 0; i < header.length; i++) {
            String column = header[i].toLowerCase(Locale.ROOT);
            if (KNOWN.contains(column)) {
                known.put(column, i);
            }
        }
        attributeColumns = java.util.stream.IntStream.range(0, header.length)
                .filter(i -> !KNOWN.contains(header[i].toLowerCase(Locale.ROOT))).toArray();
        for (String column : header) {
            String meant = LOOKALIKES.get(column.toLowerCase(Locale.ROOT));
            if (meant != null && !known.containsKey(meant)) {
                headerWarnings.add(new ImportProblem(name, 1, column, "stored as an attribute; if it means "
                        + meant + ", name the column " + meant, true));
            }
        }
    }

    /** Opens the input and checks its header; null when the input has no header at all (empty). */
    static CsvRowSource open(String name, TextInput input) throws ImportException {
        CSVParser parser;
        CSVRecord first;
        try {
            parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(input.reader());
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                parser.close();
                return null;
            }
            first = it.next();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportException(name, 1, "header", "cannot parse: " + e.getMessage(), e);
        }
        return new CsvRowSource(name, input, parser, checkHeader(name, first));
    }

    private static String[] checkHeader(String name, CSVRecord record) throws ImportException {
        String[] header = record.stream().map(String::trim).toArray(String[]::new);
        String joined = String.join(",", header);
        String encoding = TextInput.encodingProblem(joined);
        if (encoding != null) {
            throw new ImportException(name, 1, "header", encoding);
        }
        if (joined.startsWith("{") || joined.startsWith("[")) {
            throw new ImportException(name, 1, "header", "this looks like JSON lines, not CSV (the first line starts"
                    + " with '" + joined.charAt(0) + "'): import it as JSON lines (Content-Type: application/x-ndjson,"
                    + " or --format jsonl)");
        }
        List<String> lower = Arrays.stream(header).map(h -> h.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < header.length; i++) {
            if (header[i].isEmpty()) {
                throw new ImportException(name, 1, "header", "column " + (i + 1) + " has no name");
            }
            if (lower.indexOf(lower.get(i)) != i) {
                throw new ImportException(name, 1, "header", "column '" + header[i] + "' appears twice");
            }
        }
        List<String> missing = REQUIRED.stream().filter(r -> !lower.contains(r)).toList();
        if (missing.size() == REQUIRED.size()) {
            throw new ImportException(name, 1, "header", "no header row: the first line must name the columns,"
                    + " e.g. external_id,phone,first_name,consent (found: " + String.join(", ", header) + ")");
        }
        if (!missing.isEmpty()) {
            String hint = Arrays.stream(header).filter(h -> missing.get(0).equals(LOOKALIKES.get(h.toLowerCase(Locale.ROOT))))
                    .findFirst().map(h -> "; if column '" + h + "' is it, rename it to " + missing.get(0)).orElse("");
            throw new ImportException(name, 1, "header", "missing required column " + missing.get(0)
                    + " (found: " + String.join(", ", header) + ")" + hint);
        }
        return header;
    }

    @Override
    public List<ImportProblem> headerWarnings() {
        return headerWarnings;
    }

    @Override
    public boolean lacksColumn(String column) {
        return !known.containsKey(column);
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
            throw malformed(e);
        }
        long end = parser.getCurrentLineNumber();
        long row = end - embeddedLineBreaks(record);
        lastLine = end;
        if (record.size() != header.length) {
            String span = end > row ? " (it spans lines " + row + "-" + end + ": check for an unbalanced quote)" : "";
            return SourceRow.bad(row, List.of(new FieldError("row", "has " + record.size() + " columns, the header has "
                    + header.length + span)));
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

    /** Broken quoting: the line it starts on, and what the rows after it did not get. */
    private ImportException malformed(RuntimeException e) {
        String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        Matcher start = START_LINE.matcher(message);
        Matcher at = AT_LINE.matcher(message);
        boolean unclosed = start.find();
        long line = unclosed ? Long.parseLong(start.group(1)) : at.find() ? Long.parseLong(at.group(1)) : lastLine + 1;
        String what = unclosed ? "a quoted value opened on this line is never closed (unbalanced \")"
                : "malformed CSV (" + message + ")";
        return new ImportException(name, line, "row", what + "; the rows before this line were imported, nothing"
                + " from here on: fix the quoting and import the file again", e);
    }

    private static long embeddedLineBreaks(CSVRecord record) {
        long breaks = 0;
        for (int v = 0; v < record.size(); v++) {
            String value = record.get(v);
            if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
                continue; // nearly every value: two vectorized searches instead of a loop over its chars
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    private RawCustomer toRaw(CSVRecord record) {
        Map<String, Object> attributes = new LinkedHashMap<>(attributeColumns.length * 2);
        for (int i : attributeColumns) {
            attributes.put(header[i], record.get(i));
        }
        String tags = get(record, "tags");
        return new RawCustomer(get(record, "external_id"), get(record, "phone"), get(record, "first_name"),
                get(record, "last_name"), get(record, "language"), get(record, "timezone"), get(record, "consent"),
                get(record, "do_not_call"), get(record, "do_not_call_reason"),
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
