package io.callbot.dialog;

import java.util.List;

/**
 * A test on the customer's profile used by {@link Branch}. Immutable.
 * Field names use the template namespace: {@code customer.first_name}, {@code customer.attributes.tier},
 * {@code data.coupon_code}, {@code campaign.id}.
 */
public sealed interface Condition permits Condition.HasTag, Condition.LacksTag, Condition.FieldTest {

    /** The customer has this tag (e.g. {@code brand:xiaomi}). */
    record HasTag(String tag) implements Condition {
    }

    /** The customer lacks this tag. */
    record LacksTag(String tag) implements Condition {
    }

    /**
     * Compares a field with literal values. EXISTS takes no value; IN takes one or more; the others one.
     * LT / GT / LTE / GTE compare as numbers when both sides parse as decimals, else as ISO dates, else as text.
     */
    record FieldTest(String field, CompareOp op, List<String> values) implements Condition {
        public FieldTest {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /** Comparison operators; YAML spells them {@code = != < > <= >= in exists}. */
    enum CompareOp {
        EQ("="), NE("!="), LT("<"), GT(">"), LTE("<="), GTE(">="), IN("in"), EXISTS("exists");

        private final String symbol;

        CompareOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The operator spelled {@code text}, or null. */
        public static CompareOp parse(String text) {
            for (CompareOp op : values()) {
                if (op.symbol.equals(text) || op.name().equalsIgnoreCase(text)) {
                    return op;
                }
            }
            return null;
        }
    }
}
