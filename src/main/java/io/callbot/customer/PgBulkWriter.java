package io.callbot.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL bulk import: a batch is copied into a staging table ({@link PgStaging}, {@code COPY ... FROM
 * STDIN}) and merged set-based in two statements, with the semantics of {@link CustomerWriter#upsert} (null fields
 * keep stored values, attributes merge with {@code ||}, tags are added, do-not-call is only ever added, and a
 * known customer whose merged values equal the stored ones is not written at all). Runs in the caller's
 * transaction; a refused batch is rolled back by the caller and retried row by row through {@link CustomerWriter}.
 * Thread-safe (stateless apart from the clock).
 */
final class PgBulkWriter {
    private final Clock clock;

    PgBulkWriter(Clock clock) {
        this.clock = clock;
    }

    /** Upserts records whose external ids are distinct; {@code ids} of the outcome is left empty. */
    CustomerWriter.Outcome upsert(Connection c, CustomerWriter.Prepared batch) throws SQLException {
        if (batch.records().isEmpty()) {
            return new CustomerWriter.Outcome(0, 0, Map.of(), 0, 0);
        }
        Instant now = clock.instant();
        try (Statement s = c.createStatement()) {
            // every join is a probe of a unique index from the staged rows: a hash join would scan the whole tenant
            s.execute("SET LOCAL enable_hashjoin = off");
            s.execute("SET LOCAL enable_mergejoin = off");
        }
        PgStaging.stage(c, batch);
        int known;
        int dncAdded;
        int dncKept;
        try (PreparedStatement ps = c.prepareStatement(MERGE_KNOWN)) {
            ps.setString(1, batch.tenant());
            Sql.setInstant(ps, 2, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                known = rs.getInt(1);
                dncAdded = rs.getInt(2);
                dncKept = rs.getInt(3);
            }
        }
        int inserted;
        try (PreparedStatement ps = c.prepareStatement(insertNew(sequence(c)))) {
            ps.setString(1, batch.tenant());
            Sql.setInstant(ps, 2, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                inserted = rs.getInt(1);
                dncAdded += rs.getInt(2);
            }
        }
        if (known + inserted != batch.records().size()) {
            // another writer inserted one of these customers in between: the caller retries row by row
            throw new SQLException("bulk merge wrote " + (known + inserted) + " of " + batch.records().size()
                    + " rows (a concurrent import of the same customers?)", "40001");
        }
        return new CustomerWriter.Outcome(inserted, known, Map.of(), dncAdded, dncKept);
    }

    private static String sequence(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_get_serial_sequence('customer', 'id')")) {
            rs.next();
            return rs.getString(1).replace("'", "''");
        }
    }

    private static final List<String> SLOTS = SlotKind.allColumns();

    /** Merged slot values: the staged value where the record has the slot's key, else the stored one. */
    private static String mergedSlots() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < SLOTS.size(); i++) {
            String col = SLOTS.get(i);
            out.append(", CASE WHEN (s.slot_mask & ").append(1L << i).append(") <> 0 THEN s.").append(col)
                    .append(" ELSE f.").append(col).append(" END AS ").append(col);
        }
        return out.toString();
    }

    /**
     * Known customers: one statement reads each staged row's stored profile and filter row (two unique-index
     * probes), computes the merged values and what changed, and updates only the changed rows. Answers the number
     * of known rows, of customers put on do-not-call, and of rows whose do_not_call=false left a customer on it.
     */
    private static final String MERGE_KNOWN = "WITH p AS (SELECT CAST(? AS VARCHAR) AS tenant,"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE) AS now),"
            + " j AS MATERIALIZED (SELECT c.id, s.phone, COALESCE(s.first_name, c.first_name) AS first_name,"
            + " COALESCE(s.last_name, c.last_name) AS last_name, COALESCE(s.language, c.language) AS language,"
            + " (s.timezone_source IS DISTINCT FROM 'EXPLICIT' AND (c.timezone_source IS NOT DISTINCT FROM 'EXPLICIT'"
            + " OR s.timezone IS NULL)) AS keep_zone, s.timezone AS new_zone, s.timezone_source AS new_zone_source,"
            + " COALESCE(s.consent, c.consent) AS consent, s.dnc AND NOT c.do_not_call AS added,"
            + " s.dnc_false AND c.do_not_call AS kept, s.dnc_reason, s.attributes <@ c.attributes AS same_attributes,"
            + " s.attributes, s.tag_ids, s.drop_tag_ids, s.slot_mask, p.now,"
            + " c.phone AS old_phone, c.first_name AS old_first_name, c.last_name AS old_last_name,"
            + " c.language AS old_language, c.timezone AS old_zone, c.timezone_source AS old_zone_source,"
            + " c.consent AS old_consent, c.do_not_call AS old_dnc, c.do_not_call_reason AS old_reason,"
            + " c.do_not_call_at AS old_dnc_at, c.attributes AS old_attributes, f.tag_ids AS old_tags"
            + mergedSlots()
            + " FROM p CROSS JOIN " + PgStaging.TABLE + " s JOIN customer c ON c.tenant = p.tenant"
            + " AND c.external_id = s.external_id JOIN customer_filter f ON f.customer_id = c.id),"
            + " m AS MATERIALIZED (SELECT j.*, CASE WHEN keep_zone THEN old_zone ELSE new_zone END AS zone,"
            + " CASE WHEN keep_zone THEN old_zone_source ELSE new_zone_source END AS zone_source,"
            + " CASE WHEN tag_ids <@ old_tags AND NOT (old_tags && drop_tag_ids) THEN old_tags"
            + " ELSE ARRAY(SELECT u FROM unnest(old_tags) u WHERE u <> ALL (drop_tag_ids) UNION SELECT unnest(tag_ids)"
            + " ORDER BY 1) END AS tags FROM j),"
            + " d AS MATERIALIZED (SELECT m.*, (phone IS DISTINCT FROM old_phone OR first_name IS DISTINCT FROM"
            + " old_first_name OR last_name IS DISTINCT FROM old_last_name OR language IS DISTINCT FROM old_language"
            + " OR zone IS DISTINCT FROM old_zone OR zone_source IS DISTINCT FROM old_zone_source"
            + " OR consent <> old_consent OR added OR NOT same_attributes) AS profile_changed,"
            + " (consent <> old_consent OR added OR NOT same_attributes OR tags <> old_tags) AS filter_changed FROM m),"
            + " uc AS (UPDATE customer c SET phone = d.phone, first_name = d.first_name, last_name = d.last_name,"
            + " language = d.language, timezone = d.zone, timezone_source = d.zone_source, consent = d.consent,"
            + " attributes = CASE WHEN d.same_attributes THEN d.old_attributes ELSE d.old_attributes || d.attributes END,"
            + " do_not_call = d.old_dnc OR d.added,"
            + " do_not_call_reason = CASE WHEN d.added THEN d.dnc_reason ELSE d.old_reason END,"
            + " do_not_call_at = CASE WHEN d.added THEN d.now ELSE d.old_dnc_at END, updated_at = d.now"
            + " FROM d WHERE c.id = d.id AND d.profile_changed),"
            + " uf AS (UPDATE customer_filter f SET do_not_call = d.old_dnc OR d.added, consent = d.consent,"
            + " tag_ids = d.tags" + setSlots() + " FROM d WHERE f.customer_id = d.id AND d.filter_changed)"
            + " SELECT COUNT(*), COUNT(*) FILTER (WHERE added), COUNT(*) FILTER (WHERE kept) FROM d";

    private static String setSlots() {
        StringBuilder out = new StringBuilder();
        for (String col : SLOTS) {
            out.append(", ").append(col).append(" = d.").append(col);
        }
        return out.toString();
    }

    /** New customers (and how many of them are on do-not-call): ids drawn from the customer sequence once, so both tables get the same id without a join. */
    private static String insertNew(String sequence) {
        String slots = FilterRows.SLOT_COLUMNS;
        return "WITH p AS (SELECT CAST(? AS VARCHAR) AS tenant, CAST(? AS TIMESTAMP WITH TIME ZONE) AS now),"
                + " n AS MATERIALIZED (SELECT nextval('" + sequence + "'::regclass) AS id, p.tenant, p.now, s.*"
                + " FROM p CROSS JOIN " + PgStaging.TABLE + " s WHERE NOT EXISTS (SELECT 1 FROM customer c"
                + " WHERE c.tenant = p.tenant AND c.external_id = s.external_id)),"
                + " ic AS (INSERT INTO customer (id, tenant, external_id, phone, first_name, last_name, language,"
                + " timezone, timezone_source, consent, attributes, created_at, updated_at, do_not_call,"
                + " do_not_call_reason, do_not_call_at) SELECT id, tenant, external_id, phone, first_name, last_name,"
                + " language, timezone, timezone_source, COALESCE(consent, FALSE), attributes, now, now, dnc,"
                + " dnc_reason, CASE WHEN dnc THEN now END FROM n),"
                + " fi AS (INSERT INTO customer_filter (customer_id, tenant, do_not_call, consent, created_at, tag_ids, "
                + slots + ") SELECT id, tenant, dnc, COALESCE(consent, FALSE), now, tag_ids, " + slots + " FROM n)"
                + " SELECT COUNT(*), COUNT(*) FILTER (WHERE dnc) FROM n";
    }
}
