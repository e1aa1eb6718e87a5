package io.callbot.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Customer profiles over JDBC: read, upsert, tags, do-not-call and call outcomes. Every statement is scoped by
 * tenant: a customer id of another tenant behaves as unknown. Thread-safe (each call takes its own connection,
 * except the {@code Connection}-taking methods, which run in the caller's transaction).
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
        return inTransaction("upsert customer " + record.externalId(), tenant, c -> {
            CustomerWriter.Outcome o = writer.upsert(c, tenant, List.of(record));
            return new UpsertResult(o.ids().get(record.externalId()), o.inserted() == 1);
        });
    }

    /** Adds and removes tags; false when the tenant has no such customer. */
    public boolean updateTags(String tenant, long id, Collection<Tag> add, Collection<String> remove) {
        return inTransaction("update tags of customer " + id, tenant, c -> updateTags(c, tenant, id, add, remove));
    }

    /** {@link #updateTags(String, long, Collection, Collection)} inside the caller's transaction. */
    public boolean updateTags(Connection c, String tenant, long id, Collection<Tag> add, Collection<String> remove)
            throws SQLException {
        if (!lockCustomer(c, tenant, id)) {
            return false;
        }
        TagRows.remove(c, tenant, remove.stream().map(n -> Map.entry(id, Tag.normalizeName(n))).toList());
        TagRows.add(c, tenant, Map.of(id, List.copyOf(add)), clock.instant(), true);
        return true;
    }

    /** Sets or clears do-not-call (with reason and time); false when the tenant has no such customer. */
    public boolean setDoNotCall(String tenant, long id, boolean doNotCall, String reason) {
        return inTransaction("set do-not-call of customer " + id, tenant, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE customer SET do_not_call = ?,"
                    + " do_not_call_reason = ?, do_not_call_at = ?, updated_at = ? WHERE tenant = ? AND id = ?")) {
                Instant now = clock.instant();
                ps.setBoolean(1, doNotCall);
                Sql.setString(ps, 2, doNotCall ? reason : null);
                Sql.setInstant(ps, 3, doNotCall ? now : null);
                Sql.setInstant(ps, 4, now);
                ps.setString(5, tenant);
                ps.setLong(6, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Writes a finished call's effects on the profile inside the caller's transaction (the call layer commits
     * it together with the attempt and the webhook outbox row). False when the tenant has no such customer.
     */
    public boolean recordCallOutcome(Connection c, String tenant, long id, CallOutcomeUpdate update)
            throws SQLException {
        Optional<Map<String, Object>> stored = lockAttributes(c, tenant, id);
        if (stored.isEmpty()) {
            return false;
        }
        Map<String, Object> attributes = new LinkedHashMap<>(stored.get());
        attributes.putAll(update.setAttributes());
        try (PreparedStatement ps = c.prepareStatement("UPDATE customer SET last_called_at = ?, last_outcome = ?,"
                + " callback_at = ?, attributes = ?, updated_at = ?,"
                + " do_not_call = CASE WHEN ? THEN TRUE ELSE do_not_call END,"
                + " do_not_call_reason = CASE WHEN ? THEN ? ELSE do_not_call_reason END,"
                + " do_not_call_at = CASE WHEN ? THEN ? ELSE do_not_call_at END WHERE tenant = ? AND id = ?")) {
            Instant now = clock.instant();
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
        if (!update.setAttributes().isEmpty()) {
            AttributeRows.replace(c, tenant, Map.of(id, attributes), true);
        }
        TagRows.remove(c, tenant, update.removeTags().stream().map(n -> Map.entry(id, Tag.normalizeName(n))).toList());
        TagRows.add(c, tenant, Map.of(id, update.addTags()), now(), true);
        return true;
    }

    /** Deletes a profile with its tags and attributes (erasure requests); false when unknown. */
    public boolean delete(String tenant, long id) {
        return inTransaction("delete customer " + id, tenant, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM customer WHERE tenant = ? AND id = ?")) {
                ps.setString(1, tenant);
                ps.setLong(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private Instant now() {
        return clock.instant();
    }

    private static boolean lockCustomer(Connection c, String tenant, long id) throws SQLException {
        return lockAttributes(c, tenant, id).isPresent();
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
