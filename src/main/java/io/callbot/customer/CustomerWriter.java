package io.callbot.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upserts a batch of profiles by (tenant, external id) with JDBC batches: one SELECT of the existing rows (and
 * one of their tags), one INSERT batch, one UPDATE batch, then tags and attribute rows. A known profile is
 * compared with what is stored and only what changed is written: re-importing the same file rewrites no row,
 * and a changed attribute rewrites only its own {@code customer_attribute} row (the JSON column is the source
 * of truth for which rows exist). Portable (no MERGE / ON CONFLICT dialects); the unique constraint guards
 * against a concurrent import of the same ids. Callers own the transaction. Thread-safe (stateless apart from
 * the clock).
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

    /** The stored values a re-import merges with ({@code tags}: name to kind, filled by {@link #loadTags}). */
    private record Existing(long id, String phone, String firstName, String lastName, String language,
            String timezone, TimezoneSource timezoneSource, boolean consent, boolean doNotCall,
            Map<String, Object> attributes, Map<String, TagKind> tags) {}

    /** Upserts records whose external ids are distinct. */
    Outcome upsert(Connection c, String tenant, List<CustomerRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return new Outcome(0, 0, Map.of(), 0, 0);
        }
        Instant now = clock.instant();
        Map<String, Existing> existing = loadExisting(c, tenant, records);
        List<CustomerRecord> fresh = records.stream().filter(r -> !existing.containsKey(r.externalId())).toList();
        List<CustomerRecord> known = records.stream().filter(r -> existing.containsKey(r.externalId())).toList();
        insert(c, tenant, fresh, now);
        Map<String, Long> ids = new HashMap<>();
        existing.forEach((ext, e) -> ids.put(ext, e.id()));
        ids.putAll(loadIds(c, tenant, fresh));
        writeTags(c, tenant, fresh, ids, now);
        Map<Long, Map<String, Object>> freshAttributes = new LinkedHashMap<>();
        fresh.forEach(r -> freshAttributes.put(ids.get(r.externalId()), r.attributes()));
        AttributeRows.replace(c, tenant, freshAttributes, false);
        int doNotCallAdded = (int) fresh.stream().filter(CustomerRecord::putsOnDoNotCall).count();
        int doNotCallKept = 0;
        if (!known.isEmpty()) {
            loadTags(c, tenant, existing);
            AttributeChanges changes = update(c, known, existing, now);
            changedTags(c, tenant, known, existing, now);
            AttributeRows.replaceKeys(c, tenant, changes.rows());
            doNotCallAdded += addDoNotCall(c, known, existing, now);
            doNotCallKept = (int) known.stream().filter(r -> Boolean.FALSE.equals(r.doNotCall())
                    && existing.get(r.externalId()).doNotCall()).count();
        }
        return new Outcome(fresh.size(), known.size(), ids, doNotCallAdded, doNotCallKept);
    }

    /** Puts known customers on do-not-call when their row says so and they are not on it yet; returns how many. */
    private static int addDoNotCall(Connection c, List<CustomerRecord> records, Map<String, Existing> existing,
            Instant now) throws SQLException {
        List<CustomerRecord> added = records.stream()
                .filter(r -> r.putsOnDoNotCall() && !existing.get(r.externalId()).doNotCall()).toList();
        if (added.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE customer SET do_not_call = TRUE, do_not_call_reason = ?,"
                + " do_not_call_at = ?, updated_at = ? WHERE id = ?")) {
            for (CustomerRecord r : added) {
                ps.setString(1, doNotCallReason(r));
                Sql.setInstant(ps, 2, now);
                Sql.setInstant(ps, 3, now);
                ps.setLong(4, existing.get(r.externalId()).id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return added.size();
    }

    private static String doNotCallReason(CustomerRecord r) {
        return r.doNotCallReason() != null ? r.doNotCallReason() : CustomerRecord.IMPORT_DO_NOT_CALL_REASON;
    }

    private static Map<String, Existing> loadExisting(Connection c, String tenant, List<CustomerRecord> records)
            throws SQLException {
        Map<String, Existing> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.external_id, c.phone, c.first_name, c.last_name,"
                + " c.language, c.timezone, c.timezone_source, c.consent, c.do_not_call, c.attributes"
                + byExternalIds(records.size()))) {
            bindIdsAndTenant(ps, tenant, records);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String source = rs.getString("timezone_source");
                    out.put(rs.getString("external_id"), new Existing(rs.getLong("id"), rs.getString("phone"),
                            rs.getString("first_name"), rs.getString("last_name"), rs.getString("language"),
                            rs.getString("timezone"), source == null ? null : TimezoneSource.valueOf(source),
                            rs.getBoolean("consent"), rs.getBoolean("do_not_call"),
                            Attributes.fromJson(rs.getString("attributes")),
                            new HashMap<>()));
                }
            }
        }
        return out;
    }

    private static Map<String, Long> loadIds(Connection c, String tenant, List<CustomerRecord> records)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (records.isEmpty()) {
            return ids;
        }
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

    /** Fills {@link Existing#tags()} of the known profiles: one query, a VALUES join on the customer ids. */
    private static void loadTags(Connection c, String tenant, Map<String, Existing> existing) throws SQLException {
        Map<Long, Existing> byId = new HashMap<>();
        existing.values().forEach(e -> byId.put(e.id(), e));
        try (PreparedStatement ps = c.prepareStatement("SELECT t.customer_id, t.tag, t.kind FROM (VALUES "
                + String.join(", ", java.util.Collections.nCopies(byId.size(), "(CAST(? AS BIGINT))"))
                + ") v(x) JOIN customer_tag t ON t.customer_id = v.x WHERE t.tenant = ?")) {
            int i = 1;
            for (Long id : byId.keySet()) {
                ps.setLong(i++, id);
            }
            ps.setString(i, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byId.get(rs.getLong(1)).tags().put(rs.getString(2), TagKind.valueOf(rs.getString(3)));
                }
            }
        }
    }

    /**
     * A join with a VALUES list rather than {@code external_id IN (...)}: H2 uses an IN list only on the first
     * index column, so it scanned the whole tenant per batch; the join probes (tenant, external_id) per value on
     * both databases.
     */
    private static String byExternalIds(int n) {
        return " FROM (VALUES " + String.join(", ", java.util.Collections.nCopies(n, "(?)"))
                + ") v(x) JOIN customer c ON c.external_id = v.x WHERE c.tenant = ?";
    }

    private static void bindIdsAndTenant(PreparedStatement ps, String tenant, List<CustomerRecord> records)
            throws SQLException {
        for (int i = 0; i < records.size(); i++) {
            ps.setString(i + 1, records.get(i).externalId());
        }
        ps.setString(records.size() + 1, tenant);
    }

    private static void insert(Connection c, String tenant, List<CustomerRecord> records, Instant now)
            throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer (tenant, external_id, phone, first_name,"
                + " last_name, language, timezone, timezone_source, consent, attributes, created_at, updated_at,"
                + " do_not_call, do_not_call_reason, do_not_call_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CustomerRecord r : records) {
                ps.setString(1, tenant);
                ps.setString(2, r.externalId());
                bindProfile(ps, 3, r.phone(), r.firstName(), r.lastName(), r.language(), r.timezone(),
                        r.timezoneSource(), r.consent() != null && r.consent(), r.attributes());
                Sql.setInstant(ps, 11, now);
                Sql.setInstant(ps, 12, now);
                ps.setBoolean(13, r.putsOnDoNotCall());
                Sql.setString(ps, 14, r.putsOnDoNotCall() ? doNotCallReason(r) : null);
                Sql.setInstant(ps, 15, r.putsOnDoNotCall() ? now : null);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Attribute rows to rewrite: customer id to the changed keys and their new values. */
    private record AttributeChanges(Map<Long, Map<String, Object>> rows) {}

    /** Updates the known profiles whose merged values differ from the stored ones; the others are left alone. */
    private static AttributeChanges update(Connection c, List<CustomerRecord> records, Map<String, Existing> existing,
            Instant now) throws SQLException {
        Map<Long, Map<String, Object>> changedAttributes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("UPDATE customer SET phone = ?, first_name = ?, last_name = ?,"
                + " language = ?, timezone = ?, timezone_source = ?, consent = ?, attributes = ?, updated_at = ?"
                + " WHERE id = ?")) {
            boolean any = false;
            for (CustomerRecord r : records) {
                Existing e = existing.get(r.externalId());
                Map<String, Object> attributes = new LinkedHashMap<>(e.attributes());
                attributes.putAll(r.attributes());
                Map<String, Object> changed = changedAttributes(e.attributes(), r.attributes());
                if (!changed.isEmpty()) {
                    changedAttributes.put(e.id(), changed);
                }
                boolean keepZone = r.timezoneSource() != TimezoneSource.EXPLICIT
                        && (e.timezoneSource() == TimezoneSource.EXPLICIT || r.timezone() == null);
                Existing merged = new Existing(e.id(), r.phone(), or(r.firstName(), e.firstName()),
                        or(r.lastName(), e.lastName()), or(r.language(), e.language()),
                        keepZone ? e.timezone() : r.timezone(), keepZone ? e.timezoneSource() : r.timezoneSource(),
                        r.consent() != null ? r.consent() : e.consent(), e.doNotCall(), attributes, e.tags());
                if (sameProfile(merged, e)) {
                    continue;
                }
                bindProfile(ps, 1, merged.phone(), merged.firstName(), merged.lastName(), merged.language(),
                        merged.timezone(), merged.timezoneSource(), merged.consent(), attributes);
                Sql.setInstant(ps, 9, now);
                ps.setLong(10, e.id());
                ps.addBatch();
                any = true;
            }
            if (any) {
                ps.executeBatch();
            }
        }
        return new AttributeChanges(changedAttributes);
    }

    /** The incoming attributes whose typed (indexed) form differs from the stored one, or that are new. */
    private static Map<String, Object> changedAttributes(Map<String, Object> stored, Map<String, Object> incoming) {
        Map<String, Object> changed = new LinkedHashMap<>();
        incoming.forEach((key, value) -> {
            if (!stored.containsKey(key) || !Attributes.typed(stored.get(key)).equals(Attributes.typed(value))) {
                changed.put(key, value);
            }
        });
        return changed;
    }

    /** Whether the merged profile equals the stored one, attributes compared as the JSON they are stored as. */
    private static boolean sameProfile(Existing merged, Existing stored) {
        return java.util.Objects.equals(merged.phone(), stored.phone())
                && java.util.Objects.equals(merged.firstName(), stored.firstName())
                && java.util.Objects.equals(merged.lastName(), stored.lastName())
                && java.util.Objects.equals(merged.language(), stored.language())
                && java.util.Objects.equals(merged.timezone(), stored.timezone())
                && merged.timezoneSource() == stored.timezoneSource()
                && merged.consent() == stored.consent()
                && Attributes.toJson(merged.attributes()).equals(Attributes.toJson(stored.attributes()));
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

    private static void writeTags(Connection c, String tenant, List<CustomerRecord> records, Map<String, Long> ids,
            Instant now) throws SQLException {
        Map<Long, List<Tag>> tags = new LinkedHashMap<>();
        for (CustomerRecord r : records) {
            if (!r.tags().isEmpty()) {
                tags.computeIfAbsent(ids.get(r.externalId()), k -> new ArrayList<>()).addAll(r.tags());
            }
        }
        TagRows.add(c, tenant, tags, now, false);
    }

    /** Adds the known profiles' tags that are new, or whose kind changed; tags already stored as they are stay. */
    private static void changedTags(Connection c, String tenant, List<CustomerRecord> records,
            Map<String, Existing> existing, Instant now) throws SQLException {
        Map<Long, List<Tag>> added = new LinkedHashMap<>();
        Map<Long, List<Tag>> rekinded = new LinkedHashMap<>();
        for (CustomerRecord r : records) {
            Existing e = existing.get(r.externalId());
            Map<String, Tag> byName = new LinkedHashMap<>();
            r.tags().forEach(t -> byName.put(t.name(), t));
            for (Tag t : byName.values()) {
                TagKind stored = e.tags().get(t.name());
                if (stored == null) {
                    added.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(t);
                } else if (stored != t.kind()) {
                    rekinded.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        TagRows.add(c, tenant, added, now, false);
        TagRows.add(c, tenant, rekinded, now, true);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
