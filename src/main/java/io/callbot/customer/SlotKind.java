package io.callbot.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * The typed columns of {@code customer_filter} that hold attribute values for audience filters: each attribute
 * key of a tenant gets one slot of its kind (see {@link AttributeSlots}). A key's kind is the kind of its values:
 * numbers (numeric texts too), ISO dates, or other text ({@link Attributes#typed}). Immutable.
 */
enum SlotKind {
    NUMBER("num", 8), DATE("date", 8), TEXT("text", 12);

    /** the longest text a TEXT slot holds; a longer value takes its key out of the slots (the fallback answers) */
    static final int MAX_TEXT = 200;

    final String prefix;
    final int slots;

    SlotKind(String prefix, int slots) {
        this.prefix = prefix;
        this.slots = slots;
    }

    /** The column of slot {@code index} (1-based): a constant of this class, never user input. */
    String column(int index) {
        if (index < 1 || index > slots) {
            throw new IllegalArgumentException(this + " slot " + index + " out of 1.." + slots);
        }
        return prefix + index;
    }

    /** The kind of a value: its number, else its date, else text. */
    static SlotKind of(Attributes.Typed typed) {
        return typed.number() != null ? NUMBER : typed.date() != null ? DATE : TEXT;
    }

    private static final List<String> ALL_COLUMNS = columns();

    /** Every slot column, in a fixed order (NUMBER, DATE, TEXT; by index): also their bit in a slot mask. */
    static List<String> allColumns() {
        return ALL_COLUMNS;
    }

    private static List<String> columns() {
        List<String> out = new ArrayList<>();
        for (SlotKind k : values()) {
            for (int i = 1; i <= k.slots; i++) {
                out.add(k.column(i));
            }
        }
        return List.copyOf(out);
    }

    /** The position of a slot in {@link #allColumns()}. */
    int position(int index) {
        int before = 0;
        for (SlotKind k : values()) {
            if (k == this) {
                return before + index - 1;
            }
            before += k.slots;
        }
        throw new IllegalStateException("unreachable");
    }

    /** The kind of the slot at a position of {@link #allColumns()}. */
    static SlotKind atPosition(int position) {
        int before = 0;
        for (SlotKind k : values()) {
            if (position < before + k.slots) {
                return k;
            }
            before += k.slots;
        }
        throw new IllegalArgumentException("no slot at position " + position);
    }

    /** The SQL type of this kind's columns. */
    String sqlType(Dialect dialect) {
        return switch (this) {
            case NUMBER -> "DOUBLE PRECISION";
            case DATE -> "TIMESTAMP WITH TIME ZONE";
            case TEXT -> dialect.textSlot;
        };
    }
}
