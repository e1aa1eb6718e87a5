package io.callbot.customer;

import io.callbot.campaign.AttributeCondition.Operator;
import io.callbot.campaign.AttributeCondition;
import io.callbot.store.Sql;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@link AttributeCondition} as a SQL predicate over {@code customer_filter f} (and {@code customer c}): a
 * built-in column from the {@link ProfileField} whitelist, or the attribute's typed slot ({@link AttributeSlots}).
 * Values compare by type: numbers against a NUMBER slot, dates (ISO strings, {@link LocalDate}, durations meaning
 * "that long before now") against a DATE slot, the rest against a TEXT slot (code-point order). A {@link LocalDate}
 * is a whole day in UTC ({@code = 2026-01-31} matches any time that day; {@code after} it means from the next
 * midnight). {@code !=} also matches customers without the field; other operators need it. A condition a slot
 * cannot answer exactly (the key has no usable slot, or a text comparison on a number or date key) is returned as
 * {@link Plan#JAVA} for {@link ConditionMatcher}. Not thread-safe: one per query.
 */
final class ConditionSql {
    /** How a condition's value compares. */
    enum Kind { TEXT, NUMBER, BOOLEAN, DATE }

    /** Where a condition is evaluated. */
    enum Plan { SQL, JAVA }

    private final Instant now;
    private final AttributeSlots slots;
    private StringBuilder sql;
    private List<Object> params;

    ConditionSql(Instant now, AttributeSlots slots) {
        this.now = now;
        this.slots = slots;
    }

    /** Built-in fields stored on the filter row; the others are read from the profile ({@code c}). */
    static String column(ProfileField field) {
        return switch (field) {
            case CONSENT, CREATED_AT, LAST_CALLED_AT, LAST_OUTCOME -> "f." + field.column;
            default -> "c." + field.column;
        };
    }

    /** Appends the predicate, or returns {@link Plan#JAVA} and appends nothing. */
    Plan append(AttributeCondition condition, StringBuilder sql, List<Object> params, boolean forceJava) {
        this.sql = sql;
        this.params = params;
        ProfileField field = ProfileField.of(condition.field());
        if (field != null) {
            builtIn(field, condition);
            return Plan.SQL;
        }
        return attribute(condition, forceJava);
    }

    private void builtIn(ProfileField field, AttributeCondition cond) {
        String col = column(field);
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

    private Plan attribute(AttributeCondition cond, boolean forceJava) {
        AttributeSlots.Entry slot = slots.get(cond.field());
        if (slot == null) {
            // no customer of the tenant ever had this key: only != matches (everyone)
            sql.append(cond.op() == Operator.NE ? "1 = 1" : "1 = 0");
            return Plan.SQL;
        }
        if (!slot.usable() || forceJava) {
            return Plan.JAVA;
        }
        String col = "f." + slot.column();
        if (cond.op() == Operator.EXISTS) {
            sql.append(col).append(" IS NOT NULL");
            return Plan.SQL;
        }
        if (cond.op() == Operator.IN) {
            return in(col, slot.kind(), list(cond));
        }
        Operator op = cond.op() == Operator.NE ? Operator.EQ : cond.op();
        Kind kind = attributeKind(op, cond.value());
        if (kind.name().equals(slot.kind().name())) {
            if (cond.op() == Operator.NE) {
                sql.append("(").append(col).append(" IS NULL OR NOT (");
                predicate(col, kind, cond, Operator.EQ);
                sql.append("))");
            } else {
                predicate(col, kind, cond, op);
            }
            return Plan.SQL;
        }
        if (kind == Kind.TEXT) {
            return Plan.JAVA; // a number's or a date's text form: the slot holds the typed value only
        }
        // a number or date comparison on a key whose values are never of that type
        sql.append(cond.op() == Operator.NE ? "1 = 1" : "1 = 0");
        return Plan.SQL;
    }

    /** The kind a condition compares as: a date when the operator or value says so, a number for numbers. */
    static Kind attributeKind(Operator op, Object value) {
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
        params.add(Sql.utc(dayBound(op, day)));
    }

    /** The instant a day comparison compares with: the day's start, or the next midnight for {@code <=, >, after}. */
    static Instant dayBound(Operator op, LocalDate day) {
        LocalDate d = op == Operator.LTE || op == Operator.GT || op == Operator.AFTER ? day.plusDays(1) : day;
        return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private Object plain(Kind kind, AttributeCondition cond, Object value) {
        return switch (kind) {
            case DATE -> Sql.utc(instant(cond, value, now));
            case NUMBER -> new BigDecimal(value.toString()).doubleValue();
            case BOOLEAN -> value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
            case TEXT -> text(value);
        };
    }

    /** A condition value as the text it compares with. */
    static String text(Object value) {
        return value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    /** Which values of an {@code in} list a slot of that kind can answer; texts on a typed slot need Java. */
    private Plan in(String col, SlotKind kind, List<?> values) {
        List<Object> numbers = new ArrayList<>();
        List<Object> texts = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Number n) {
                numbers.add(new BigDecimal(n.toString()).doubleValue());
            } else {
                texts.add(String.valueOf(v));
            }
        }
        List<Object> usable = switch (kind) {
            case TEXT -> texts;
            case NUMBER -> numbers;
            case DATE -> List.of();
        };
        if (kind != SlotKind.TEXT && !texts.isEmpty()) {
            return Plan.JAVA;
        }
        if (usable.isEmpty()) {
            sql.append("1 = 0");
        } else {
            sql.append(col).append(" IN (").append(Sql.placeholders(usable.size())).append(")");
            params.addAll(usable);
        }
        return Plan.SQL;
    }

    static String symbol(AttributeCondition cond, Operator op) {
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

    static Instant instant(AttributeCondition cond, Object value, Instant now) {
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

    static List<?> list(AttributeCondition cond) {
        if (cond.value() instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException(cond.field() + ": in needs a list of values, was '" + cond.value() + "'");
    }
}
