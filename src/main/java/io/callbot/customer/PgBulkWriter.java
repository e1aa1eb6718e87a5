package io.callbot.customer;

import io.callbot.store.Sql;
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
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PgBulkWriter.class);
    private final Clock clock;

    PgBulkWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Upserts records whose external ids are distinct, given as prepared and as {@link PgStaging#encode}d; {@code ids}
     * of the outcome is left empty.
     */
    CustomerWriter.Outcome upsert(Connection c, CustomerWriter.Prepared batch, byte[] encoded) throws SQLException {
        if (batch.records().isEmpty()) {
            return new CustomerWriter.Outcome(0, 0, Map.of(), 0, 0);
        }
        Instant now = clock.instant();
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            // every join is a probe of a unique index from the staged rows: a hash join would scan the whole tenant
            // (see the note above MERGE_KNOWN)
            s.execute("SET LOCAL enable_hashjoin = off");
            s.execute("SET LOCAL enable_mergejoin = off");
            // the merge's estimated cost passes the JIT threshold, and compiling it took longer than running it
            s.execute("SET LOCAL jit = off");
        }
        PgStaging.stage(c, batch.records().size(), encoded);
        long t1 = System.nanoTime();
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
        long t2 = System.nanoTime();
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
        log.debug("bulk import batch of {} for tenant {}: staged in {} ms, {} known merged in {} ms, {} new inserted"
                + " in {} ms", batch.records().size(), batch.tenant(), (t1 - t0) / 1_000_000, known,
                (t2 - t1) / 1_000_000, inserted, (System.nanoTime() - t2) / 1_000_000);
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

    /*
     * Each lookup is a LATERAL subquery or an EXISTS with OFFSET 0, which PostgreSQL plans on its own as a probe of
     * a unique index per staged row (hash and merge joins are off in the batch's transaction). Plain joins were
     * planned from the statistics, which lag behind during a first import: at 40k customers the planner still
     * took the tenant for 33 rows, scanned them all per staged row, and a 10,000-row batch ran for minutes.
     */

    /** The staged row of {@code d}, by its row number. */
    private static final String STAGED_OF_D = " CROSS JOIN LATERAL (SELECT * FROM " + PgStaging.TABLE
            + " s WHERE s.n = d.n OFFSET 0) s";

    /** Whether the record keeps the stored zone: it gives none, or the stored one was explicit and its own is not. */
    private static final String KEEP_ZONE = "(s.timezone_source IS DISTINCT FROM 'EXPLICIT'"
            + " AND (c.timezone_source IS NOT DISTINCT FROM 'EXPLICIT' OR s.timezone IS NULL))";

    /**
     * Known customers. {@code d} holds one narrow row per staged row of a known customer: what changed, computed
     * from the staged row and two unique-index probes (the stored profile and filter row); an unchanged re-import
     * ends there. Only the changed rows are then written, their merged values computed in the UPDATEs (which see
     * the rows as they were before the statement). Answers the number of known rows, of customers put on
     * do-not-call, and of rows whose do_not_call=false left a customer on it.
     */
    private static final String MERGE_KNOWN = "WITH p AS (SELECT CAST(? AS VARCHAR) AS tenant,"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE) AS now),"
            + " k AS (SELECT c.id, s.n, COALESCE(s.consent, c.consent) AS consent, c.do_not_call OR s.dnc AS dnc,"
            + " s.dnc AND NOT c.do_not_call AS added, s.dnc_false AND c.do_not_call AS kept,"
            + " s.consent IS NOT NULL AND s.consent <> c.consent AS consent_changed,"
            + " NOT (s.attributes <@ c.attributes) AS attributes_changed,"
            + " NOT (s.tag_ids <@ f.tag_ids AND NOT (f.tag_ids && s.drop_tag_ids)) AS tags_changed,"
            + " (s.phone <> c.phone OR (s.first_name IS NOT NULL AND s.first_name IS DISTINCT FROM c.first_name)"
            + " OR (s.last_name IS NOT NULL AND s.last_name IS DISTINCT FROM c.last_name)"
            + " OR (s.language IS NOT NULL AND s.language IS DISTINCT FROM c.language)"
            + " OR (NOT " + KEEP_ZONE + " AND (s.timezone IS DISTINCT FROM c.timezone"
            + " OR s.timezone_source IS DISTINCT FROM c.timezone_source))) AS contact_changed,"
            + " s.import_hash IS DISTINCT FROM c.import_hash AS hash_changed"
            + " FROM p CROSS JOIN " + PgStaging.TABLE + " s"
            + " CROSS JOIN LATERAL (SELECT id, phone, first_name, last_name, language, timezone, timezone_source,"
            + " consent, do_not_call, attributes, import_hash FROM customer c WHERE c.tenant = p.tenant"
            + " AND c.external_id = s.external_id OFFSET 0) c"
            + " CROSS JOIN LATERAL (SELECT tag_ids FROM customer_filter f WHERE f.customer_id = c.id OFFSET 0) f),"
            + " d AS MATERIALIZED (SELECT id, n, consent, dnc, added, kept,"
            + " contact_changed OR consent_changed OR added OR attributes_changed AS profile_changed,"
            + " consent_changed OR added OR attributes_changed OR tags_changed AS filter_changed, hash_changed FROM k),"
            + " uc AS (UPDATE customer c SET phone = s.phone, first_name = COALESCE(s.first_name, c.first_name),"
            + " last_name = COALESCE(s.last_name, c.last_name), language = COALESCE(s.language, c.language),"
            + " timezone = CASE WHEN " + KEEP_ZONE + " THEN c.timezone ELSE s.timezone END,"
            + " timezone_source = CASE WHEN " + KEEP_ZONE + " THEN c.timezone_source ELSE s.timezone_source END,"
            + " consent = d.consent, attributes = c.attributes || s.attributes, do_not_call = d.dnc,"
            + " do_not_call_reason = CASE WHEN d.added THEN s.dnc_reason ELSE c.do_not_call_reason END,"
            + " do_not_call_at = CASE WHEN d.added THEN p.now ELSE c.do_not_call_at END,"
            + " updated_at = CASE WHEN d.profile_changed THEN p.now ELSE c.updated_at END, import_hash = s.import_hash"
            + " FROM p CROSS JOIN d" + STAGED_OF_D + " WHERE c.id = d.id AND (d.profile_changed OR d.hash_changed)),"
            + " uf AS (UPDATE customer_filter f SET do_not_call = d.dnc, consent = d.consent,"
            + " tag_ids = ARRAY(SELECT u FROM unnest(f.tag_ids) u WHERE u <> ALL (s.drop_tag_ids)"
            + " UNION SELECT unnest(s.tag_ids) ORDER BY 1)" + mergedSlots()
            + " FROM d" + STAGED_OF_D + " WHERE f.customer_id = d.id AND d.filter_changed)"
            + " SELECT COUNT(*), COUNT(*) FILTER (WHERE added), COUNT(*) FILTER (WHERE kept) FROM d";

    /** Merged slot values: the staged value where the record has the slot's key, else the stored one. */
    private static String mergedSlots() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < SLOTS.size(); i++) {
            String col = SLOTS.get(i);
            out.append(", ").append(col).append(" = CASE WHEN (s.slot_mask & ").append(1L << i).append(") <> 0 THEN s.")
                    .append(col).append(" ELSE f.").append(col).append(" END");
        }
        return out.toString();
    }

    /** New customers (and how many of them are on do-not-call): ids drawn from the customer sequence once, so both tables get the same id without a join. */
    private static String insertNew(String sequence) {
        String slots = FilterRows.SLOT_COLUMNS;
        return "WITH p AS (SELECT CAST(? AS VARCHAR) AS tenant, CAST(? AS TIMESTAMP WITH TIME ZONE) AS now),"
                + " fresh AS MATERIALIZED (SELECT nextval('" + sequence + "'::regclass) AS id, p.tenant, p.now, s.*"
                + " FROM p CROSS JOIN " + PgStaging.TABLE + " s WHERE NOT EXISTS (SELECT 1 FROM customer c"
                + " WHERE c.tenant = p.tenant AND c.external_id = s.external_id OFFSET 0)),"
                + " ic AS (INSERT INTO customer (id, tenant, external_id, phone, first_name, last_name, language,"
                + " timezone, timezone_source, consent, attributes, created_at, updated_at, do_not_call,"
                + " do_not_call_reason, do_not_call_at, import_hash) SELECT id, tenant, external_id, phone, first_name,"
                + " last_name, language, timezone, timezone_source, COALESCE(consent, FALSE), attributes, now, now, dnc,"
                + " dnc_reason, CASE WHEN dnc THEN now END, import_hash FROM fresh),"
                + " fi AS (INSERT INTO customer_filter (customer_id, tenant, do_not_call, consent, created_at, tag_ids, "
                + slots + ") SELECT id, tenant, dnc, COALESCE(consent, FALSE), now, tag_ids, " + slots + " FROM fresh)"
                + " SELECT COUNT(*), COUNT(*) FILTER (WHERE dnc) FROM fresh";
    }
}
