package io.callbot.campaign;

/**
 * One comparison on a profile field or custom attribute.
 *
 * <p>{@code field} is a built-in profile field ({@code language}, {@code timezone}, {@code created_at},
 * {@code last_called_at}, {@code last_outcome}) or else a key of the profile's JSON attributes.
 * {@code value} is, by operator: a {@link String}, {@link java.math.BigDecimal} or {@link Boolean} for
 * EQ / NE / LT / GT / LTE / GTE; a {@code List} of those for IN; null for EXISTS; for BEFORE / AFTER a
 * {@link java.time.Duration} meaning "that long before now" (YAML {@code 30d}, {@code 12h}) or a
 * {@link java.time.LocalDate} (YAML {@code 2026-01-31}).
 */
public record AttributeCondition(String field, Operator op, Object value) {

    /** Comparison operators; the YAML spelling is the symbol or the lower-case name. */
    public enum Operator {
        EQ("="), NE("!="), LT("<"), GT(">"), LTE("<="), GTE(">="), IN("in"), EXISTS("exists"),
        /** the date field is older than the value */
        BEFORE("before"),
        /** the date field is newer than the value */
        AFTER("after");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** Parses a YAML spelling ("=", "eq", "before", ...), or returns null when unknown. */
        public static Operator parse(String text) {
            for (Operator op : values()) {
                if (op.symbol.equals(text) || op.name().equalsIgnoreCase(text)) {
                    return op;
                }
            }
            return null;
        }
    }
}
