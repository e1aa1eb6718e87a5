package io.callbot.customer;

import io.callbot.campaign.AttributeCondition;
import io.callbot.campaign.AttributeCondition.Operator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an attribute condition on a profile's attributes in Java, with exactly the semantics of
 * {@link ConditionSql} on a slot (numbers compare as doubles, texts in code-point order, a {@link LocalDate} as a
 * whole UTC day). The fallback for conditions no slot answers: keys that lost or never got one. Immutable and
 * thread-safe.
 */
final class ConditionMatcher {
    private final AttributeCondition cond;
    private final Instant now;

    ConditionMatcher(AttributeCondition cond, Instant now) {
        this.cond = cond;
        this.now = now;
    }

    boolean matches(Map<String, Object> attributes) {
        Object value = attributes.get(cond.field());
        Attributes.Typed typed = value == null ? null : Attributes.typed(value);
        return switch (cond.op()) {
            case EXISTS -> typed != null;
            case IN -> typed != null && in(typed, ConditionSql.list(cond));
            case NE -> !(typed != null && compare(typed, Operator.EQ));
            default -> typed != null && compare(typed, cond.op());
        };
    }

    private boolean in(Attributes.Typed typed, List<?> values) {
        for (Object v : values) {
            if (v instanceof Number n ? typed.number() != null
                    && typed.number().doubleValue() == new BigDecimal(n.toString()).doubleValue()
                    : String.valueOf(v).equals(typed.text())) {
                return true;
            }
        }
        return false;
    }

    private boolean compare(Attributes.Typed typed, Operator op) {
        ConditionSql.Kind kind = ConditionSql.attributeKind(op, cond.value());
        return switch (kind) {
            case DATE -> typed.date() != null && date(typed.date(), op);
            case NUMBER -> typed.number() != null && holds(op, Double.compare(typed.number().doubleValue(),
                    new BigDecimal(cond.value().toString()).doubleValue()));
            default -> typed.text() != null && holds(op, Integer.signum(
                    typed.text().compareTo(ConditionSql.text(cond.value()))));
        };
    }

    private boolean date(Instant stored, Operator op) {
        if (cond.value() instanceof LocalDate day) {
            Instant start = ConditionSql.dayBound(Operator.EQ, day);
            if (op == Operator.EQ) {
                return !stored.isBefore(start) && stored.isBefore(ConditionSql.dayBound(Operator.GT, day));
            }
            Instant bound = ConditionSql.dayBound(op, day);
            return switch (op) {
                case LT, BEFORE, LTE -> stored.isBefore(bound);
                default -> !stored.isBefore(bound);
            };
        }
        return holds(op, stored.compareTo(ConditionSql.instant(cond, cond.value(), now)));
    }

    /** Whether {@code stored op value} holds, given the sign of stored compared with value. */
    private boolean holds(Operator op, int sign) {
        return switch (op) {
            case EQ -> sign == 0;
            case LT, BEFORE -> sign < 0;
            case GT, AFTER -> sign > 0;
            case LTE -> sign <= 0;
            case GTE -> sign >= 0;
            default -> throw new IllegalArgumentException(cond.field() + ": operator " + cond.op().symbol()
                    + " takes no single value");
        };
    }
}
