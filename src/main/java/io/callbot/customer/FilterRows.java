package io.callbot.customer;

import io.callbot.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Writes {@code customer_filter} rows with JDBC batches: the audience copy of a profile (do-not-call, consent,
 * call fields, tag ids, attribute slots). Callers own the transaction and have {@link AttributeSlots#prepare
 * prepared} the slots for the rows' attributes. Thread-safe (stateless apart from the dialect).
 */
final class FilterRows {
    /** One customer's filter row; {@code attributes} are the keys the row sets (all of them for a new row). */
    record Row(long customerId, String tenant, boolean doNotCall, boolean consent, Instant createdAt,
            Instant lastCalledAt, String lastOutcome, int[] tagIds, Map<String, Attributes.Typed> attributes) {}

    static final String SLOT_COLUMNS = String.join(", ", SlotKind.allColumns());

    private final Dialect dialect;

    FilterRows(Dialect dialect) {
        this.dialect = dialect;
    }

    void insert(Connection c, AttributeSlots slots, Collection<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = SlotKind.allColumns().size();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer_filter (customer_id, tenant, do_not_call,"
                + " consent, created_at, last_called_at, last_outcome, tag_ids, " + SLOT_COLUMNS + ") VALUES (?, ?, ?,"
                + " ?, ?, ?, ?, ?, " + Sql.placeholders(n) + ")")) {
            for (Row r : rows) {
                ps.setLong(1, r.customerId());
                ps.setString(2, r.tenant());
                ps.setBoolean(3, r.doNotCall());
                ps.setBoolean(4, r.consent());
                Sql.setInstant(ps, 5, r.createdAt());
                Sql.setInstant(ps, 6, r.lastCalledAt());
                Sql.setString(ps, 7, r.lastOutcome());
                ps.setArray(8, intArray(c, dialect, r.tagIds()));
                bindSlots(ps, 9, slots.values(r.attributes()).columns());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Sets the slots of the keys each row has, keeping the others (an update merges attributes). */
    void updateSlots(Connection c, AttributeSlots slots, long customerId, Map<String, Attributes.Typed> attributes)
            throws SQLException {
        AttributeSlots.Values values = slots.values(attributes);
        if (values.mask() == 0) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE customer_filter SET ");
        java.util.List<String> columns = SlotKind.allColumns();
        boolean first = true;
        for (int i = 0; i < columns.size(); i++) {
            if ((values.mask() & (1L << i)) != 0) {
                sql.append(first ? "" : ", ").append(columns.get(i)).append(" = ?");
                first = false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(sql.append(" WHERE customer_id = ?").toString())) {
            int p = 1;
            for (int i = 0; i < columns.size(); i++) {
                if ((values.mask() & (1L << i)) != 0) {
                    bind(ps, p++, i, values.columns()[i]);
                }
            }
            ps.setLong(p, customerId);
            ps.executeUpdate();
        }
    }

    void updateTags(Connection c, long customerId, int[] tagIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE customer_filter SET tag_ids = ? WHERE customer_id = ?")) {
            ps.setArray(1, intArray(c, dialect, tagIds));
            ps.setLong(2, customerId);
            ps.executeUpdate();
        }
    }

    static java.sql.Array intArray(Connection c, Dialect dialect, int[] ids) throws SQLException {
        Integer[] boxed = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            boxed[i] = ids[i];
        }
        return c.createArrayOf(dialect == Dialect.POSTGRES ? "int4" : "INTEGER", boxed);
    }

    static int[] ints(java.sql.Array array) throws SQLException {
        if (array == null) {
            return new int[0];
        }
        Object[] values = (Object[]) array.getArray();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).intValue();
        }
        return out;
    }

    /** Binds every slot value from parameter {@code from} on; returns the next parameter index. */
    static int bindSlots(PreparedStatement ps, int from, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bind(ps, from + i, i, values[i]);
        }
        return from + values.length;
    }

    /** Binds the value of the slot at {@code position} in {@link SlotKind#allColumns()}. */
    private static void bind(PreparedStatement ps, int index, int position, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, switch (SlotKind.atPosition(position)) {
                case NUMBER -> Types.DOUBLE;
                case DATE -> Types.TIMESTAMP_WITH_TIMEZONE;
                case TEXT -> Types.VARCHAR;
            });
        } else if (value instanceof Instant t) {
            Sql.setInstant(ps, index, t);
        } else if (value instanceof Double d) {
            ps.setDouble(index, d);
        } else {
            ps.setString(index, (String) value);
        }
    }
}
