package io.callbot.customer;

import io.callbot.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Upserts a batch of profiles by (tenant, external id) with JDBC batches: one SELECT of the stored rows, one INSERT
 * batch per table for new customers, one UPDATE batch per table for the known ones whose merged values differ
 * from what is stored (re-importing the same file writes no row). The path of the embedded H2, of single upserts,
 * and of PostgreSQL batches the COPY import could not merge ({@link PgBulkWriter} is the bulk path).
 * {@link #prepare} allocates tag ids and attribute slots on its own (autocommit) connection; {@link #upsert} runs
 * in the caller's transaction. Thread-safe (stateless apart from the clock).
 */
final class CustomerWriter {
    private final Clock clock;

    CustomerWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * What a batch did; {@code ids} maps each external id to its customer id. {@code doNotCallAdded}: customers the
     * batch put on the do-not-call list; {@code doNotCallKept}: rows saying {@code do_not_call=false} for customers
     * already on it, who stay on it.
     */
    record Outcome(int inserted, int updated, Map<String, Long> ids, int doNotCallAdded, int doNotCallKept) {}

    /**
     * A batch with its tag ids and typed attributes, the tenant's slots made ready for them. {@code importHashes}
     * maps the external ids of import rows to their content hash ({@link ImportFingerprint}), stored with the
     * customer; a record without one (an API write) stores none, so a later re-import never skips it.
     */
    record Prepared(String tenant, List<CustomerRecord> records, List<Map<String, Attributes.Typed>> typed,
            List<int[]> tagIds, TagNames tagNames, AttributeSlots slots, Map<String, Long> importHashes) {
        Long importHash(CustomerRecord r) {
            return importHashes.get(r.externalId());
        }
    }

    /** Record {@code i} alone, for retrying a refused batch row by row. */
    static Prepared one(Prepared batch, int i) {
        return new Prepared(batch.tenant(), List.of(batch.records().get(i)), List.of(batch.typed().get(i)),
                List.of(batch.tagIds().get(i)), batch.tagNames(), batch.slots(), batch.importHashes());
    }

    /** {@link #prepare(Connection, String, List, Map)} of records no import row hash goes with. */
    static Prepared prepare(Connection c, String tenant, List<CustomerRecord> records) throws SQLException {
        return prepare(c, tenant, records, Map.of());
    }

    /** Allocates what the batch's tags and attribute keys need; {@code c} in autocommit, so that allocations are shared. */
    static Prepared prepare(Connection c, String tenant, List<CustomerRecord> records, Map<String, Long> importHashes)
            throws SQLException {
        TagNames names = TagNames.load(c, tenant);
        // new tags allocated once for the batch, then every record's ids and typed values worked out in parallel
        names.ids(c, records.stream().flatMap(r -> r.tags().stream()).distinct().toList());
        List<Map<String, Attributes.Typed>> typed = records.parallelStream()
                .map(r -> Attributes.typedAll(r.attributes())).toList();
        List<int[]> tagIds = records.parallelStream().map(r -> names.known(r.tags())).toList();
        AttributeSlots slots = AttributeSlots.load(c, tenant).prepare(c, typed);
        return new Prepared(tenant, records, typed, tagIds, names, slots, importHashes);
    }

    /** The stored values a re-import merges with. */
    private record Existing(long id, String phone, String firstName, String lastName, String language,
            String timezone, TimezoneSource timezoneSource, boolean consent, boolean doNotCall, String doNotCallReason,
            Instant doNotCallAt, Map<String, Object> attributes, int[] tagIds, Long importHash) {}

    /** Upserts records whose external ids are distinct, in the caller's transaction. */
    Outcome upsert(Connection c, Prepared batch) throws SQLException {
        if (batch.records().isEmpty()) {
            return new Outcome(0, 0, Map.of(), 0, 0);
        }
        Dialect dialect = Dialect.of(c);
        Instant now = clock.instant();
        Map<String, Existing> existing = loadExisting(c, batch.tenant(), batch.records());
        List<Integer> fresh = new ArrayList<>();
        List<Integer> known = new ArrayList<>();
        for (int i = 0; i < batch.records().size(); i++) {
            (existing.containsKey(batch.records().get(i).externalId()) ? known : fresh).add(i);
        }
        Map<String, Long> ids = new HashMap<>();
        existing.forEach((ext, e) -> ids.put(ext, e.id()));
        insert(c, dialect, batch, fresh, now, ids);
        int doNotCallAdded = (int) fresh.stream().filter(i -> batch.records().get(i).putsOnDoNotCall()).count();
        int doNotCallKept = 0;
        List<Merged> changed = new ArrayList<>();
        // known rows whose profile row keeps its values but not its import hash: a changed filter row (the hash of an
        // API write is null), or an import row that changed nothing but was never hashed (stored before V90)
        List<Merged> hashOnly = new ArrayList<>();
        for (int i : known) {
            CustomerRecord r = batch.records().get(i);
            Existing e = existing.get(r.externalId());
            Merged m = merge(batch, i, e);
            doNotCallAdded += m.doNotCall() && !e.doNotCall() ? 1 : 0;
            doNotCallKept += Boolean.FALSE.equals(r.doNotCall()) && e.doNotCall() ? 1 : 0;
            if (m.profileChanged() || m.filterChanged()) {
                changed.add(m);
            }
            if (!m.profileChanged() && !Objects.equals(m.importHash(), e.importHash())
                    && (m.filterChanged() || m.importHash() != null)) {
                hashOnly.add(m);
            }
        }
        update(c, dialect, batch, changed, now);
        updateHashes(c, hashOnly);
        return new Outcome(fresh.size(), known.size(), ids, doNotCallAdded, doNotCallKept);
    }

    /**
     * A known profile merged with its new record: null fields keep stored values, attributes merge over the stored
     * ones, tags are added (a name given with another kind takes the new kind), do-not-call is only ever added.
     */
    private record Merged(Existing stored, String phone, String firstName, String lastName, String language,
            String timezone, TimezoneSource timezoneSource, boolean consent, boolean doNotCall, String doNotCallReason,
            Instant doNotCallAt, Map<String, Object> attributes, int[] tagIds, Long importHash, boolean profileChanged,
            boolean filterChanged) {}

    private Merged merge(Prepared batch, int i, Existing e) {
        CustomerRecord r = batch.records().get(i);
        Map<String, Object> attributes = new LinkedHashMap<>(e.attributes());
        attributes.putAll(r.attributes());
        boolean keepZone = r.timezoneSource() != TimezoneSource.EXPLICIT
                && (e.timezoneSource() == TimezoneSource.EXPLICIT || r.timezone() == null);
        boolean consent = r.consent() != null ? r.consent() : e.consent();
        boolean added = r.putsOnDoNotCall() && !e.doNotCall();
        int[] tags = TagNames.merge(e.tagIds(), batch.tagNames().replacedBy(r.tags()), batch.tagIds().get(i));
        String zone = keepZone ? e.timezone() : r.timezone();
        TimezoneSource source = keepZone ? e.timezoneSource() : r.timezoneSource();
        boolean sameAttributes = attributes.equals(e.attributes());
        boolean profileChanged = !Objects.equals(r.phone(), e.phone())
                || !Objects.equals(or(r.firstName(), e.firstName()), e.firstName())
                || !Objects.equals(or(r.lastName(), e.lastName()), e.lastName())
                || !Objects.equals(or(r.language(), e.language()), e.language())
                || !Objects.equals(zone, e.timezone()) || source != e.timezoneSource()
                || consent != e.consent() || added || !sameAttributes;
        boolean filterChanged = consent != e.consent() || added || !sameAttributes || !Arrays.equals(tags, e.tagIds());
        return new Merged(e, r.phone(), or(r.firstName(), e.firstName()), or(r.lastName(), e.lastName()),
                or(r.language(), e.language()), zone, source, consent, e.doNotCall() || added,
                added ? doNotCallReason(r) : e.doNotCallReason(), added ? clock.instant() : e.doNotCallAt(),
                attributes, tags, batch.importHash(r), profileChanged, filterChanged);
    }

    private static Map<String, Existing> loadExisting(Connection c, String tenant, List<CustomerRecord> records)
            throws SQLException {
        Map<String, Existing> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.external_id, c.phone, c.first_name, c.last_name,"
                + " c.language, c.timezone, c.timezone_source, c.consent, c.do_not_call, c.do_not_call_reason,"
                + " c.do_not_call_at, c.attributes, c.import_hash, f.tag_ids" + byExternalIds(records.size())
                + " JOIN customer_filter f ON f.customer_id = c.id")) {
            bindIdsAndTenant(ps, tenant, records);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String source = rs.getString("timezone_source");
                    out.put(rs.getString("external_id"), new Existing(rs.getLong("id"), rs.getString("phone"),
                            rs.getString("first_name"), rs.getString("last_name"), rs.getString("language"),
                            rs.getString("timezone"), source == null ? null : TimezoneSource.valueOf(source),
                            rs.getBoolean("consent"), rs.getBoolean("do_not_call"), rs.getString("do_not_call_reason"),
                            Sql.getInstant(rs, "do_not_call_at"), Attributes.fromJson(rs.getString("attributes")),
                            FilterRows.ints(rs.getArray("tag_ids")), Sql.getLong(rs, "import_hash")));
                }
            }
        }
        return out;
    }

    /**
     * A join with a VALUES list rather than {@code external_id IN (...)}: H2 uses an IN list only on the first
     * index column, so it scanned the whole tenant per batch; the join probes (tenant, external_id) per value on
     * both databases. The WHERE clause comes after any further join the caller appends.
     */
    private static String byExternalIds(int n) {
        return " FROM (VALUES " + String.join(", ", java.util.Collections.nCopies(n, "(?)"))
                + ") v(x) JOIN customer c ON c.external_id = v.x AND c.tenant = ?";
    }

    private static void bindIdsAndTenant(PreparedStatement ps, String tenant, List<CustomerRecord> records)
            throws SQLException {
        for (int i = 0; i < records.size(); i++) {
            ps.setString(i + 1, records.get(i).externalId());
        }
        ps.setString(records.size() + 1, tenant);
    }

    private void insert(Connection c, Dialect dialect, Prepared batch, List<Integer> fresh, Instant now,
            Map<String, Long> ids) throws SQLException {
        if (fresh.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer (tenant, external_id, phone, first_name,"
                + " last_name, language, timezone, timezone_source, consent, attributes, created_at, updated_at,"
                + " do_not_call, do_not_call_reason, do_not_call_at, import_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + dialect.jsonParam + ", ?, ?, ?, ?, ?, ?)")) {
            for (int i : fresh) {
                CustomerRecord r = batch.records().get(i);
                ps.setString(1, batch.tenant());
                ps.setString(2, r.externalId());
                bindProfile(ps, 3, r.phone(), r.firstName(), r.lastName(), r.language(), r.timezone(),
                        r.timezoneSource(), r.consent() != null && r.consent(), r.attributes());
                Sql.setInstant(ps, 11, now);
                Sql.setInstant(ps, 12, now);
                ps.setBoolean(13, r.putsOnDoNotCall());
                Sql.setString(ps, 14, r.putsOnDoNotCall() ? doNotCallReason(r) : null);
                Sql.setInstant(ps, 15, r.putsOnDoNotCall() ? now : null);
                Sql.setLong(ps, 16, batch.importHash(r));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        ids.putAll(loadIds(c, batch.tenant(), fresh.stream().map(batch.records()::get).toList()));
        List<FilterRows.Row> rows = new ArrayList<>();
        for (int i : fresh) {
            CustomerRecord r = batch.records().get(i);
            rows.add(new FilterRows.Row(ids.get(r.externalId()), batch.tenant(), r.putsOnDoNotCall(),
                    r.consent() != null && r.consent(), now, null, null, batch.tagIds().get(i), batch.typed().get(i)));
        }
        new FilterRows(dialect).insert(c, batch.slots(), rows);
    }

    private static Map<String, Long> loadIds(Connection c, String tenant, List<CustomerRecord> records)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.external_id" + byExternalIds(records.size()))) {
            bindIdsAndTenant(ps, tenant, records);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Writes the known profiles that changed: their customer row when the profile did, their filter row in full. */
    private static void update(Connection c, Dialect dialect, Prepared batch, List<Merged> changed, Instant now)
            throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        List<Merged> profiles = changed.stream().filter(Merged::profileChanged).toList();
        if (!profiles.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE customer SET phone = ?, first_name = ?,"
                    + " last_name = ?, language = ?, timezone = ?, timezone_source = ?, consent = ?, attributes = "
                    + dialect.jsonParam + ", do_not_call = ?, do_not_call_reason = ?, do_not_call_at = ?,"
                    + " updated_at = ?, import_hash = ? WHERE id = ?")) {
                for (Merged m : profiles) {
                    bindProfile(ps, 1, m.phone(), m.firstName(), m.lastName(), m.language(), m.timezone(),
                            m.timezoneSource(), m.consent(), m.attributes());
                    ps.setBoolean(9, m.doNotCall());
                    Sql.setString(ps, 10, m.doNotCallReason());
                    Sql.setInstant(ps, 11, m.doNotCallAt());
                    Sql.setInstant(ps, 12, now);
                    Sql.setLong(ps, 13, m.importHash());
                    ps.setLong(14, m.stored().id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        List<Merged> filters = changed.stream().filter(Merged::filterChanged).toList();
        if (!filters.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE customer_filter SET do_not_call = ?, consent = ?,"
                    + " tag_ids = ?, " + FilterRows.SLOT_COLUMNS.replace(",", " = ?,") + " = ? WHERE customer_id = ?")) {
                for (Merged m : filters) {
                    ps.setBoolean(1, m.doNotCall());
                    ps.setBoolean(2, m.consent());
                    ps.setArray(3, FilterRows.intArray(c, dialect, m.tagIds()));
                    int p = FilterRows.bindSlots(ps, 4, batch.slots().values(Attributes.typedAll(m.attributes())).columns());
                    ps.setLong(p, m.stored().id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void bindProfile(PreparedStatement ps, int from, String phone, String firstName, String lastName,
            String language, String timezone, TimezoneSource source, boolean consent, Map<String, Object> attributes)
            throws SQLException {
        ps.setString(from, phone);
        Sql.setString(ps, from + 1, firstName);
        Sql.setString(ps, from + 2, lastName);
        Sql.setString(ps, from + 3, language);
        Sql.setString(ps, from + 4, timezone);
        if (source == null) {
            ps.setNull(from + 5, Types.VARCHAR);
        } else {
            ps.setString(from + 5, source.name());
        }
        ps.setBoolean(from + 6, consent);
        ps.setString(from + 7, Attributes.toJson(attributes));
    }

    /** Stores the import hash of rows whose profile row is not otherwise written ({@code updated_at} stays). */
    private static void updateHashes(Connection c, List<Merged> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE customer SET import_hash = ? WHERE id = ?")) {
            for (Merged m : rows) {
                Sql.setLong(ps, 1, m.importHash());
                ps.setLong(2, m.stored().id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }


    static String doNotCallReason(CustomerRecord r) {
        return r.doNotCallReason() != null ? r.doNotCallReason() : CustomerRecord.IMPORT_DO_NOT_CALL_REASON;
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
