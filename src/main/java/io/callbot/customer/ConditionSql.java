package io.callbot.customer;

import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.AttributeCondition.Operator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@link AttributeCondition} as a SQL predicate on customer {@code c}: a built-in column from the
 * {@link ProfileField} whitelist, or a correlated EXISTS on {@code customer_attribute} with the key bound as a
 * parameter (see {@link #attribute}). Values compare by type: numbers against {@code num_value}, dates (ISO strings, {@link LocalDate},
 * durations meaning "that long before now") against {@code date_value}, the rest against {@code text_value}.
 * A {@link LocalDate} is a whole day in UTC ({@code = 2026-01-31} matches any time that day; {@code after} it
 * means from the next midnight). {@code !=} also matches customers without the field; other operators need it.
 * Not thread-safe: one per query.
 */
final class ConditionSql {
    private enum Kind { TEXT, NUMBER, BOOLEAN, DATE }

    private final String tenant;
    private final Instant now;
    private StringBuilder sql;
    private List<Object> params;

    ConditionSql(String tenant, Instant now) {
        this.tenant = tenant;
        this.now = now;
    }

    void append(AttributeCondition condition, StringBuilder sql, List<Object> params) {
        this.sql = sql;
        this.params = params;
        ProfileField field = ProfileField.of(condition.field());
        if (field != null) {
            column(field, condition);
        } else {
            attribute(condition);
        }
    }

    private void column(ProfileField field, AttributeCondition cond) {
        String col = "c." + field.column;
        Kind kind = switch (field.type) {
            case DATE -> Kind.DATE;
            case BOOLEAN -> Kind.BOOLEAN;
            case TEXT -> Kind.TEXT;
        };
        if ((cond.op() == Operator.BEFORE || cond.op() == Operator.AFTER) && kind != Kind.DATE) {
            throw new IllegalArgumentException(cond.field() + ": " + cond.op().symbol() + " needs a date field");
        }
        switch (cond.op()) {
            case EXISTS -> sql.append(col).append(" IS NOT NULL");
            case IN -> {
                List<?> values = list(cond);
                sql.append(col).append(" IN (").append(Sql.placeholders(values.size())).append(")");
                values.forEach(v -> params.add(plain(kind, cond, v)));
            }
            case NE -> {
                sql.append("(").append(col).append(" IS NULL OR NOT (");
                predicate(col, kind, cond, Operator.EQ);
                sql.append("))");
            }
            default -> predicate(col, kind, cond, cond.op());
        }
    }

    /**
     * Positive conditions are an uncorrelated semi-join ({@code c.id IN (SELECT ...)}) that both planners run
     * once through the (tenant, key, value) indexes; {@code !=} is a correlated NOT EXISTS on an equality, which
     * is an exact index probe per customer on both.
     */
    private void attribute(AttributeCondition cond) {
        boolean negate = cond.op() == Operator.NE;
        sql.append(negate ? "NOT EXISTS (SELECT 1 FROM customer_attribute a WHERE a.customer_id = c.id AND"
                : "c.id IN (SELECT a.customer_id FROM customer_attribute a WHERE")
                .append(" a.tenant = ? AND a.attr_key = ?");
        params.add(tenant);
        params.add(cond.field());
        if (cond.op() == Operator.IN) {
            in(list(cond));
        } else if (cond.op() != Operator.EXISTS) {
            Operator op = negate ? Operator.EQ : cond.op();
            Kind kind = attributeKind(op, cond.value());
            sql.append(" AND ");
            predicate(switch (kind) {
                case DATE -> "a.date_value";
                case NUMBER -> "a.num_value";
                default -> "a.text_value";
            }, kind, cond, op);
        }
        sql.append(")");
    }

    private static Kind attributeKind(Operator op, Object value) {
        boolean range = op != Operator.EQ;
        if (op == Operator.BEFORE || op == Operator.AFTER || value instanceof LocalDate || value instanceof Instant
                || value instanceof Duration || (range && value instanceof String s && Attributes.dateOf(s) != null)) {
            return Kind.DATE;
        }
        return value instanceof Number ? Kind.NUMBER : Kind.TEXT;
    }

    private void predicate(String expr, Kind kind, AttributeCondition cond, Operator op) {
        if (kind == Kind.DATE && cond.value() instanceof LocalDate day) {
            dayPredicate(expr, op, day);
            return;
        }
        sql.append(expr).append(' ').append(symbol(cond, op)).append(" ?");
        params.add(plain(kind, cond, cond.value()));
    }

    /** A whole UTC day as the half-open range [day, day + 1). */
    private void dayPredicate(String expr, Operator op, LocalDate day) {
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        switch (op) {
            case EQ -> {
                sql.append("(").append(expr).append(" >= ? AND ").append(expr).append(" < ?)");
                params.add(Sql.utc(start));
                params.add(Sql.utc(end));
                return;
            }
            case LT, BEFORE, LTE -> sql.append(expr).append(" < ?");
            case GT, AFTER, GTE -> sql.append(expr).append(" >= ?");
            default -> throw new IllegalArgumentException("operator " + op.symbol() + " takes no single date");
        }
        params.add(Sql.utc(op == Operator.LTE || op == Operator.GT || op == Operator.AFTER ? end : start));
    }

    private Object plain(Kind kind, AttributeCondition cond, Object value) {
        return switch (kind) {
            case DATE -> Sql.utc(instant(cond, value));
            case NUMBER -> new BigDecimal(value.toString());
            case BOOLEAN -> value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
            case TEXT -> value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(value);
        };
    }

    private void in(List<?> values) {
        List<Object> numbers = new ArrayList<>();
        List<Object> texts = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Number n) {
                numbers.add(new BigDecimal(n.toString()));
            } else {
                texts.add(String.valueOf(v));
            }
        }
        sql.append(" AND (");
        if (!texts.isEmpty()) {
            sql.append("a.text_value IN (").append(Sql.placeholders(texts.size())).append(")");
            params.addAll(texts);
        }
        if (!numbers.isEmpty()) {
            sql.append(texts.isEmpty() ? "" : " OR ").append("a.num_value IN (")
                    .append(Sql.placeholders(numbers.size())).append(")");
            params.addAll(numbers);
        }
        sql.append(texts.isEmpty() && numbers.isEmpty() ? "1 = 0)" : ")");
    }

    private static String symbol(AttributeCondition cond, Operator op) {
        return switch (op) {
            case EQ -> "=";
            case LT, BEFORE -> "<";
            case GT, AFTER -> ">";
            case LTE -> "<=";
            case GTE -> ">=";
            default -> throw new IllegalArgumentException(cond.field() + ": operator " + op.symbol()
                    + " takes no single value");
        };
    }

    private Instant instant(AttributeCondition cond, Object value) {
        if (value instanceof Duration d) {
            return now.minus(d);
        }
        if (value instanceof Instant i) {
            return i;
        }
        Instant parsed = value instanceof String s ? Attributes.dateOf(s) : null;
        if (parsed == null) {
            throw new IllegalArgumentException(cond.field() + ": " + cond.op().symbol()
                    + " needs a date or a duration such as 30d, was '" + value + "'");
        }
        return parsed;
    }

    private static List<?> list(AttributeCondition cond) {
        if (cond.value() instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException(cond.field() + ": in needs a list of values, was '" + cond.value() + "'");
    }
}
