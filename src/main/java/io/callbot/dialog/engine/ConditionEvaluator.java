package io.callbot.dialog.engine;

import io.callbot.dialog.Condition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * Decides personalisation {@link io.callbot.dialog.Branch} conditions against the customer's tags and
 * values. Tags and text compare without regard to case; LT / GT / LTE / GTE compare as numbers when both
 * sides are decimals, else as ISO dates, else as text. A missing field fails every test but NE and fails
 * EXISTS. Not thread-safe only through the values it reads.
 */
final class ConditionEvaluator {

    private final ProfileValues values;
    private final Set<String> tags;

    ConditionEvaluator(ProfileValues values, Set<String> tags) {
        this.values = values;
        this.tags = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    boolean holds(Condition condition) {
        if (condition instanceof Condition.HasTag has) {
            return tags.contains(has.tag().toLowerCase(Locale.ROOT));
        }
        if (condition instanceof Condition.LacksTag lacks) {
            return !tags.contains(lacks.tag().toLowerCase(Locale.ROOT));
        }
        Condition.FieldTest test = (Condition.FieldTest) condition;
        Object raw = values.get(test.field());
        String value = raw == null ? null : raw.toString().trim();
        if (value == null || value.isEmpty()) {
            return test.op() == Condition.CompareOp.NE;
        }
        return switch (test.op()) {
            case EXISTS -> true;
            case EQ -> compare(value, first(test)) == 0;
            case NE -> compare(value, first(test)) != 0;
            case LT -> compare(value, first(test)) < 0;
            case GT -> compare(value, first(test)) > 0;
            case LTE -> compare(value, first(test)) <= 0;
            case GTE -> compare(value, first(test)) >= 0;
            case IN -> test.values().stream().anyMatch(v -> compare(value, v) == 0);
        };
    }

    private static String first(Condition.FieldTest test) {
        return test.values().isEmpty() ? "" : test.values().get(0);
    }

    private static int compare(String a, String b) {
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        LocalDate d = date(a);
        LocalDate e = date(b);
        if (d != null && e != null) {
            return d.compareTo(e);
        }
        return a.compareToIgnoreCase(b.trim());
    }

    private static BigDecimal decimal(String s) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.trim().length() > 10 ? s.trim().substring(0, 10) : s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
