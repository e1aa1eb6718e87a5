package io.callbot.customer;

import io.callbot.store.Sql;
import io.callbot.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * Customer profiles over JDBC: read, upsert, tags, do-not-call and call outcomes. Each write keeps the profile
 * ({@code customer}) and its audience row ({@code customer_filter}) in step in one transaction; tag ids and
 * attribute slots a write needs are allocated first on a connection of their own (an allocation outlives a rolled
 * back write harmlessly). Every statement is scoped by tenant: a customer id of another tenant behaves as unknown.
 * Thread-safe (each call takes its own connection, except the {@code Connection}-taking method, which runs in the
 * caller's transaction).
 */
public final class CustomerStore {
    private final DataSource dataSource;
    private final Clock clock;
    private final CustomerWriter writer;

    public CustomerStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.writer = new CustomerWriter(clock);
    }

    /** Whether an upsert created the profile or updated an existing one. */
    public record UpsertResult(long id, boolean created) {}

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public Optional<CustomerProfile> get(String tenant, long id) {
        return read("get customer " + id, tenant, c -> ProfileRows.find(c, tenant, "id", id));
    }

    public Optional<CustomerProfile> getByExternalId(String tenant, String externalId) {
        return read("get customer external id " + externalId, tenant,
                c -> ProfileRows.find(c, tenant, "external_id", externalId));
    }

    /** Creates or updates the profile with that external id (null fields keep stored values; tags are added). */
    public UpsertResult upsert(String tenant, CustomerRecord record) {
        String what = "upsert customer " + record.externalId();
        CustomerWriter.Prepared prepared = read(what, tenant, c -> CustomerWriter.prepare(c, tenant, List.of(record)));
        return inTransaction(what, tenant, c -> {
            CustomerWriter.Outcome o = writer.upsert(c, prepared);
            return new UpsertResult(o.ids().get(record.externalId()), o.inserted() == 1);
        });
    }

    /**
     * Adds and removes tags (a name added with another kind takes the new kind; a name removed goes in any kind,
     * unless it says its kind); false when the tenant has no such customer.
     */
    public boolean updateTags(String tenant, long id, Collection<Tag> add, Collection<String> remove) {
        int[] added = read("tag ids for customer " + id, tenant, c -> TagNames.load(c, tenant).ids(c, add));
        return inTransaction("update tags of customer " + id, tenant, c -> {
            int[] stored = lockTags(c, tenant, id);
            if (stored == null) {
                return false;
            }
            TagNames names = TagNames.load(c, tenant);
            int[] dropped = IntStream.concat(IntStream.of(names.replacedBy(add)), remove.stream()
                    .flatMapToInt(r -> IntStream.of(names.matching(Tag.reference(r))))).distinct().sorted().toArray();
            int[] merged = TagNames.merge(stored, dropped, added);
            if (!Arrays.equals(merged, stored)) {
                new FilterRows(Dialect.of(c)).updateTags(c, id, merged);
                forgetImportHash(c, id);
            }
            return true;
        });
    }

    /**
     * A write other than an import changed the customer: a re-import must merge its row again rather than take the
     * customer for what that row last wrote ({@link ImportFingerprint}).
     */
    private static void forgetImportHash(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE customer SET import_hash = NULL WHERE id = ?"
                + " AND import_hash IS NOT NULL")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Sets or clears do-not-call (with reason and time); false when the tenant has no such customer. */
    public boolean setDoNotCall(String tenant, long id, boolean doNotCall, String reason) {
        return inTransaction("set do-not-call of customer " + id, tenant,
                c -> setDoNotCall(c, tenant, id, doNotCall, reason));
    }

    /** {@link #setDoNotCall(String, long, boolean, String)} inside the caller's transaction. */
    public boolean setDoNotCall(Connection c, String tenant, long id, boolean doNotCall, String reason)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE customer SET do_not_call = ?,"
                + " do_not_call_reason = ?, do_not_call_at = ?, updated_at = ?, import_hash = NULL"
                + " WHERE tenant = ? AND id = ?")) {
            Instant now = clock.instant();
            ps.setBoolean(1, doNotCall);
            Sql.setString(ps, 2, doNotCall ? reason : null);
            Sql.setInstant(ps, 3, doNotCall ? now : null);
            Sql.setInstant(ps, 4, now);
            ps.setString(5, tenant);
            ps.setLong(6, id);
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE customer_filter SET do_not_call = ? WHERE tenant = ? AND customer_id = ?")) {
            ps.setBoolean(1, doNotCall);
            ps.setString(2, tenant);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
        return true;
    }

    /**
     * Writes a finished call's effects on the profile inside the caller's transaction (the call layer commits
     * it together with the attempt and the webhook outbox row). False when the tenant has no such customer.
     */
    public boolean recordCallOutcome(Connection c, String tenant, long id, CallOutcomeUpdate update)
            throws SQLException {
        Map<String, Attributes.Typed> set = Attributes.typedAll(update.setAttributes());
        Allocated allocated = allocate(tenant, update.addTags(), set);
        Optional<Map<String, Object>> stored = lockAttributes(c, tenant, id);
        if (stored.isEmpty()) {
            return false;
        }
        Map<String, Object> attributes = new LinkedHashMap<>(stored.get());
        attributes.putAll(update.setAttributes());
        Dialect dialect = Dialect.of(c);
        Instant now = clock.instant();
        try (PreparedStatement ps = c.prepareStatement("UPDATE customer SET last_called_at = ?, last_outcome = ?,"
                + " callback_at = ?, attributes = " + dialect.jsonParam + ", updated_at = ?, import_hash = NULL,"
                + " do_not_call = CASE WHEN ? THEN TRUE ELSE do_not_call END,"
                + " do_not_call_reason = CASE WHEN ? THEN ? ELSE do_not_call_reason END,"
                + " do_not_call_at = CASE WHEN ? THEN ? ELSE do_not_call_at END WHERE tenant = ? AND id = ?")) {
            Sql.setInstant(ps, 1, update.calledAt());
            ps.setString(2, update.outcome());
            Sql.setInstant(ps, 3, update.callbackAt());
            ps.setString(4, Attributes.toJson(attributes));
            Sql.setInstant(ps, 5, now);
            ps.setBoolean(6, update.doNotCall());
            ps.setBoolean(7, update.doNotCall());
            Sql.setString(ps, 8, update.doNotCallReason());
            ps.setBoolean(9, update.doNotCall());
            Sql.setInstant(ps, 10, now);
            ps.setString(11, tenant);
            ps.setLong(12, id);
            ps.executeUpdate();
        }
        int[] storedTags = lockTags(c, tenant, id);
        TagNames names = TagNames.load(c, tenant);
        int[] dropped = IntStream.concat(IntStream.of(names.replacedBy(update.addTags())), update.removeTags().stream()
                .flatMapToInt(r -> IntStream.of(names.matching(Tag.reference(r))))).distinct().sorted().toArray();
        try (PreparedStatement ps = c.prepareStatement("UPDATE customer_filter SET last_called_at = ?,"
                + " last_outcome = ?, do_not_call = CASE WHEN ? THEN TRUE ELSE do_not_call END, tag_ids = ?"
                + " WHERE customer_id = ?")) {
            Sql.setInstant(ps, 1, update.calledAt());
            ps.setString(2, update.outcome());
            ps.setBoolean(3, update.doNotCall());
            ps.setArray(4, FilterRows.intArray(c, dialect, TagNames.merge(storedTags, dropped, allocated.tagIds())));
            ps.setLong(5, id);
            ps.executeUpdate();
        }
        new FilterRows(dialect).updateSlots(c, allocated.slots(), id, set);
        return true;
    }

    /** Tag ids and attribute slots a write needs, allocated before its transaction. */
    private record Allocated(int[] tagIds, AttributeSlots slots) {}

    private Allocated allocate(String tenant, Collection<Tag> tags, Map<String, Attributes.Typed> attributes) {
        return read("allocate tags and attribute slots", tenant, c -> new Allocated(TagNames.load(c, tenant).ids(c, tags),
                AttributeSlots.load(c, tenant).prepare(c, List.of(attributes))));
    }

    /** Deletes a profile with its tags and attributes (erasure requests); false when unknown. */
    public boolean delete(String tenant, long id) {
        return inTransaction("delete customer " + id, tenant, c -> {
            try (PreparedStatement filter = c.prepareStatement(
                    "DELETE FROM customer_filter WHERE tenant = ? AND customer_id = ?");
                    PreparedStatement profile = c.prepareStatement("DELETE FROM customer WHERE tenant = ? AND id = ?")) {
                filter.setString(1, tenant);
                filter.setLong(2, id);
                filter.executeUpdate();
                profile.setString(1, tenant);
                profile.setLong(2, id);
                return profile.executeUpdate() == 1;
            }
        });
    }

    /** The customer's tag ids with its filter row locked, or null when the tenant has no such customer. */
    private static int[] lockTags(Connection c, String tenant, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT tag_ids FROM customer_filter WHERE tenant = ? AND customer_id = ? FOR UPDATE")) {
            ps.setString(1, tenant);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? FilterRows.ints(rs.getArray(1)) : null;
            }
        }
    }

    private static Optional<Map<String, Object>> lockAttributes(Connection c, String tenant, long id)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT attributes FROM customer WHERE tenant = ? AND id = ? FOR UPDATE")) {
            ps.setString(1, tenant);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Attributes.fromJson(rs.getString(1))) : Optional.empty();
            }
        }
    }

    private <T> T read(String what, String tenant, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new CustomerStoreException(what + " (tenant " + tenant + ") failed: " + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(String what, String tenant, Work<T> work) {
        return read(what, tenant, c -> Transactions.run(c, work::run));
    }
}
