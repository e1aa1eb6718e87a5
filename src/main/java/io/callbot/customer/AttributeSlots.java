package io.callbot.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Which {@code customer_filter} slot holds each attribute key of a tenant (table {@code customer_attribute_slot}).
 * A key gets a slot of its kind when a value of it is first written, so a slot never lacks a value that was
 * written before it existed; a key whose later values have another kind, or a text longer than
 * {@link SlotKind#MAX_TEXT}, is retired (its slot is no longer written or read), and a key that finds its kind's
 * slots all taken has none: audience filters on such keys are answered from the profiles' JSON instead
 * ({@link ConditionMatcher}). Immutable snapshot; {@link #prepare} returns a new one.
 */
final class AttributeSlots {
    /** A key's slot; {@code slot} null when none was free. */
    record Entry(String key, SlotKind kind, Integer slot, boolean retired) {
        /** Whether filters can read this key from its slot. */
        boolean usable() {
            return slot != null && !retired;
        }

        String column() {
            return kind.column(slot);
        }
    }

    private static final int ALLOCATION_ATTEMPTS = 5;

    private final String tenant;
    private final Map<String, Entry> byKey;

    private AttributeSlots(String tenant, Map<String, Entry> byKey) {
        this.tenant = tenant;
        this.byKey = Map.copyOf(byKey);
    }

    static AttributeSlots load(Connection c, String tenant) throws SQLException {
        Map<String, Entry> byKey = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT attr_key, kind, slot, retired FROM customer_attribute_slot WHERE tenant = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int number = rs.getInt(3);
                    Integer slot = rs.wasNull() ? null : number;
                    byKey.put(rs.getString(1), new Entry(rs.getString(1), SlotKind.valueOf(rs.getString(2)), slot,
                            rs.getBoolean(4)));
                }
            }
        }
        return new AttributeSlots(tenant, byKey);
    }

    String tenant() {
        return tenant;
    }

    /** The key's slot entry, or null when no customer of the tenant ever had the key. */
    Entry get(String key) {
        return byKey.get(key);
    }

    /**
     * Makes the keys of {@code values} known before they are written: new keys get a slot, keys whose new values
     * do not fit their slot are retired. Each change commits on its own when {@code c} is in autocommit (a
     * concurrent import of the same tenant that took the slot first makes this one reload and retry).
     */
    AttributeSlots prepare(Connection c, Collection<Map<String, Attributes.Typed>> values) throws SQLException {
        AttributeSlots current = this;
        for (int attempt = 1; ; attempt++) {
            try {
                return current.apply(c, values);
            } catch (SQLException e) {
                if (!"23505".equals(DatabaseRefusal.sqlState(e)) || attempt == ALLOCATION_ATTEMPTS || !c.getAutoCommit()) {
                    throw e;
                }
                current = load(c, tenant);
            }
        }
    }

    private AttributeSlots apply(Connection c, Collection<Map<String, Attributes.Typed>> values) throws SQLException {
        Map<String, Entry> next = new HashMap<>(byKey);
        Map<SlotKind, BitSet> taken = new EnumMap<>(SlotKind.class);
        for (SlotKind k : SlotKind.values()) {
            taken.put(k, new BitSet());
        }
        next.values().stream().filter(e -> e.slot() != null).forEach(e -> taken.get(e.kind()).set(e.slot()));
        for (Map<String, Attributes.Typed> attributes : values) {
            for (var a : attributes.entrySet()) {
                Entry e = next.get(a.getKey());
                SlotKind kind = SlotKind.of(a.getValue());
                boolean fits = kind != SlotKind.TEXT || (a.getValue().text() != null
                        && a.getValue().text().length() <= SlotKind.MAX_TEXT);
                if (e == null) {
                    int free = taken.get(kind).nextClearBit(1);
                    Integer slot = fits && free <= kind.slots ? free : null;
                    if (slot != null) {
                        taken.get(kind).set(slot);
                    }
                    e = new Entry(a.getKey(), kind, slot, !fits);
                    insert(c, e);
                    next.put(e.key(), e);
                } else if (!e.retired() && (e.kind() != kind || !fits)) {
                    e = new Entry(e.key(), e.kind(), e.slot(), true);
                    retire(c, e);
                    next.put(e.key(), e);
                }
            }
        }
        return next.equals(byKey) ? this : new AttributeSlots(tenant, next);
    }

    private void insert(Connection c, Entry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer_attribute_slot (tenant, attr_key, kind,"
                + " slot, retired) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, tenant);
            ps.setString(2, e.key());
            ps.setString(3, e.kind().name());
            if (e.slot() == null) {
                ps.setNull(4, java.sql.Types.SMALLINT);
            } else {
                ps.setInt(4, e.slot());
            }
            ps.setBoolean(5, e.retired());
            ps.executeUpdate();
        }
    }

    private void retire(Connection c, Entry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE customer_attribute_slot SET retired = TRUE WHERE tenant = ? AND attr_key = ?")) {
            ps.setString(1, tenant);
            ps.setString(2, e.key());
            ps.executeUpdate();
        }
    }

    /**
     * A record's slot values in {@link SlotKind#allColumns()} order, and the mask of the slots whose key the record
     * has (an import overwrites exactly those, keeping the others). Keys without a usable slot are left out.
     */
    record Values(Object[] columns, long mask) {}

    Values values(Map<String, Attributes.Typed> attributes) {
        Object[] columns = new Object[SlotKind.allColumns().size()];
        long mask = 0;
        for (var a : attributes.entrySet()) {
            Entry e = byKey.get(a.getKey());
            if (e == null || !e.usable() || SlotKind.of(a.getValue()) != e.kind()) {
                continue; // a value that does not fit retired its key in prepare
            }
            int position = e.kind().position(e.slot());
            mask |= 1L << position;
            Attributes.Typed t = a.getValue();
            columns[position] = switch (e.kind()) {
                case NUMBER -> t.number().doubleValue();
                case DATE -> t.date();
                case TEXT -> t.text();
            };
        }
        return new Values(columns, mask);
    }
}
