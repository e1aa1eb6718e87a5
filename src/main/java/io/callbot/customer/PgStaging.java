package io.callbot.customer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The staging table of the PostgreSQL bulk import: a temporary table ({@code ON COMMIT DROP}, so nothing outlives
 * the batch's transaction) filled with one {@code COPY ... FROM STDIN} in PostgreSQL's text format. One row per
 * prepared record: its position {@code n} (the key the merge finds it by), the parsed profile, its tag ids and the
 * ids of tags it replaces, its attribute slot values with the mask of the slots its keys own, and its import row
 * hash. Stateless and thread-safe.
 */
final class PgStaging {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PgStaging.class);
    static final String TABLE = "callbot_import_stage";

    private PgStaging() {}

    /** The staged columns after the fixed ones: the attribute slots, in {@link SlotKind#allColumns()} order. */
    private static final String FIXED_COLUMNS = "n, external_id, phone, first_name, last_name, language, timezone,"
            + " timezone_source, consent, dnc, dnc_false, dnc_reason, attributes, tag_ids, drop_tag_ids, slot_mask, import_hash";

    static final String COLUMNS = FIXED_COLUMNS + ", " + FilterRows.SLOT_COLUMNS;

    /** Creates the staging table in the caller's transaction and copies the batch, {@link #encode}d, into it. */
    static void stage(Connection c, int size, byte[] rows) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute(ddl());
        }
        long t1 = System.nanoTime();
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + TABLE + " (" + COLUMNS + ") FROM STDIN",
                    new ByteArrayInputStream(rows));
        } catch (IOException e) {
            throw new SQLException("COPY into the import staging table failed: " + e.getMessage(), "58030", e);
        }
        log.debug("staged {} rows ({} bytes): table created in {} ms, copied in {} ms", size, rows.length,
                (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
    }

    private static String ddl() {
        StringBuilder sql = new StringBuilder("CREATE TEMPORARY TABLE " + TABLE + " (n INTEGER PRIMARY KEY, external_id TEXT NOT NULL,"
                + " phone TEXT NOT NULL, first_name TEXT, last_name TEXT, language TEXT, timezone TEXT,"
                + " timezone_source TEXT, consent BOOLEAN, dnc BOOLEAN NOT NULL, dnc_false BOOLEAN NOT NULL,"
                + " dnc_reason TEXT, attributes JSONB NOT NULL, tag_ids INTEGER[] NOT NULL,"
                + " drop_tag_ids INTEGER[] NOT NULL, slot_mask BIGINT NOT NULL, import_hash BIGINT");
        for (int i = 0; i < SlotKind.allColumns().size(); i++) {
            SlotKind kind = SlotKind.atPosition(i);
            sql.append(", ").append(SlotKind.allColumns().get(i)).append(' ')
                    .append(kind == SlotKind.TEXT ? "TEXT" : kind.sqlType(Dialect.POSTGRES));
        }
        return sql.append(") ON COMMIT DROP").toString();
    }

    /** Rows encoded together; slices are encoded in parallel. */
    private static final int SLICE = 1000;

    /**
     * The batch in COPY text format: tab-separated, {@code \N} for null, backslash escapes. Slices of the batch are
     * encoded in parallel (no connection needed, so the importer encodes a batch while the previous one is copied).
     */
    static byte[] encode(CustomerWriter.Prepared batch) {
        int n = batch.records().size();
        List<byte[]> slices = java.util.stream.IntStream.range(0, (n + SLICE - 1) / SLICE).parallel()
                .mapToObj(s -> encode(batch, s * SLICE, Math.min(n, (s + 1) * SLICE))).toList();
        // the slices joined into the one array COPY sends (no growing stream in between)
        byte[] out = new byte[slices.stream().mapToInt(b -> b.length).sum()];
        int at = 0;
        for (byte[] slice : slices) {
            System.arraycopy(slice, 0, out, at, slice.length);
            at += slice.length;
        }
        return out;
    }

    private static byte[] encode(CustomerWriter.Prepared batch, int from, int to) {
        StringBuilder out = new StringBuilder((to - from) * 400);
        for (int i = from; i < to; i++) {
            CustomerRecord r = batch.records().get(i);
            out.append(i).append('\t');
            text(out, r.externalId());
            text(out.append('\t'), r.phone());
            text(out.append('\t'), r.firstName());
            text(out.append('\t'), r.lastName());
            text(out.append('\t'), r.language());
            text(out.append('\t'), r.timezone());
            text(out.append('\t'), r.timezoneSource() == null ? null : r.timezoneSource().name());
            text(out.append('\t'), r.consent() == null ? null : r.consent() ? "t" : "f");
            out.append('\t').append(r.putsOnDoNotCall() ? 't' : 'f');
            out.append('\t').append(Boolean.FALSE.equals(r.doNotCall()) ? 't' : 'f');
            text(out.append('\t'), r.putsOnDoNotCall() ? CustomerWriter.doNotCallReason(r) : null);
            json(out.append('\t'), r.attributes());
            ints(out.append('\t'), batch.tagIds().get(i));
            ints(out.append('\t'), batch.tagNames().replacedBy(r.tags()));
            AttributeSlots.Values values = batch.slots().values(batch.typed().get(i));
            out.append('\t').append(values.mask());
            Long hash = batch.importHash(r);
            out.append('\t').append(hash == null ? "\\N" : hash.toString());
            for (Object v : values.columns()) {
                out.append('\t');
                if (v == null) {
                    out.append("\\N");
                } else if (v instanceof Instant t) {
                    instant(out, t);
                } else if (v instanceof Double d) {
                    out.append(d.doubleValue());
                } else {
                    text(out, (String) v);
                }
            }
            out.append('\n');
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Attributes as a JSON object, escaped for COPY. An object of texts and booleans (every CSV row's) is written
     * here; any other value goes through Jackson ({@link Attributes#toJson}). Both parse to the same {@code jsonb}:
     * PostgreSQL keeps no trace of how a string was escaped.
     */
    static void json(StringBuilder out, Map<String, Object> attributes) {
        for (Object v : attributes.values()) {
            if (!(v instanceof String) && !(v instanceof Boolean)) {
                text(out, Attributes.toJson(attributes));
                return;
            }
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            jsonString(out, e.getKey());
            out.append(':');
            if (e.getValue() instanceof String v) {
                jsonString(out, v);
            } else {
                out.append(((Boolean) e.getValue()) ? "true" : "false");
            }
        }
        out.append('}');
    }

    /** A JSON string literal, escaped for COPY's text format (so a JSON backslash is written twice). */
    private static void jsonString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"') {
                out.append("\\\\\"");
            } else if (ch == '\\') {
                out.append("\\\\\\\\");
            } else if (ch < 0x20) {
                // backslash-u escape in JSON, its backslash doubled for COPY
                out.append("\\\\u00").append(HEX[ch >> 4]).append(HEX[ch & 0xF]);
            } else {
                out.append(ch);
            }
        }
        out.append('"');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** An instant as {@link Instant#toString} writes it, without its formatter for whole seconds of years 1-9999. */
    static void instant(StringBuilder out, Instant t) {
        long seconds = t.getEpochSecond();
        if (t.getNano() != 0 || seconds < -62135596800L || seconds > 253402300799L) {
            out.append(t);
            return;
        }
        java.time.LocalDateTime d = java.time.LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC);
        pad(out, d.getYear(), 4).append('-');
        pad(out, d.getMonthValue(), 2).append('-');
        pad(out, d.getDayOfMonth(), 2).append('T');
        pad(out, d.getHour(), 2).append(':');
        pad(out, d.getMinute(), 2).append(':');
        pad(out, d.getSecond(), 2).append('Z');
    }

    private static StringBuilder pad(StringBuilder out, int value, int digits) {
        for (int p = digits == 4 ? 1000 : 10; p > 1 && value < p; p /= 10) {
            out.append('0');
        }
        return out.append(value);
    }

    private static void ints(StringBuilder out, int[] ids) {
        out.append('{');
        for (int i = 0; i < ids.length; i++) {
            out.append(i == 0 ? "" : ",").append(ids[i]);
        }
        out.append('}');
    }

    /** A value escaped for COPY's text format, or {@code \N}. */
    static void text(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(ch);
            }
        }
    }
}
