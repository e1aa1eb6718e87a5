package io.callbot.campaign;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the syntax of a Quartz cron expression without Quartz (only {@code schedule} may use it):
 * 6 or 7 fields, allowed characters per field, value ranges, steps, {@code L W #} forms, and the rule
 * that exactly one of day-of-month and day-of-week is {@code ?}. Stateless.
 */
public final class CronSyntax {

    private record Field(String name, int min, int max, String specials, List<String> names) {
    }

    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private static final List<Field> FIELDS = List.of(
            new Field("seconds", 0, 59, "", List.of()),
            new Field("minutes", 0, 59, "", List.of()),
            new Field("hours", 0, 23, "", List.of()),
            new Field("day-of-month", 1, 31, "?LW", List.of()),
            new Field("month", 1, 12, "", MONTHS),
            new Field("day-of-week", 1, 7, "?L#", DAYS),
            new Field("year", 1970, 2099, "", List.of()));

    private static final Pattern BAD_CHAR = Pattern.compile("[^0-9A-Z*,/?#-]");
    private static final Pattern RANGE_STEP = Pattern.compile("([^/-]+)(?:-([^/]+))?(?:/(.+))?");

    private CronSyntax() {
    }

    /** The first problem in {@code expression}, or null when it is a valid Quartz cron expression. */
    public static String check(String expression) {
        String[] parts = expression.trim().split("\\s+");
        if (parts.length < 6 || parts.length > 7) {
            return "must have 6 or 7 fields (seconds minutes hours day-of-month month day-of-week [year]), had "
                    + parts.length;
        }
        for (int i = 0; i < parts.length; i++) {
            String problem = checkField(FIELDS.get(i), parts[i].toUpperCase(Locale.ROOT));
            if (problem != null) {
                return FIELDS.get(i).name() + " field '" + parts[i] + "': " + problem;
            }
        }
        boolean domAny = parts[3].equals("?");
        boolean dowAny = parts[5].equals("?");
        if (domAny == dowAny) {
            return "exactly one of day-of-month and day-of-week must be '?', was '" + parts[3] + "' and '" + parts[5] + "'";
        }
        return null;
    }

    private static String checkField(Field field, String text) {
        Matcher bad = BAD_CHAR.matcher(text);
        if (bad.find()) {
            return "character '" + bad.group() + "' is not allowed";
        }
        if (text.equals("?")) {
            return field.specials().contains("?") ? null : "'?' is only allowed in day-of-month and day-of-week";
        }
        for (String item : text.split(",", -1)) {
            if (item.isEmpty()) {
                return "empty list item";
            }
            String problem = checkItem(field, item);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String checkItem(Field field, String item) {
        if (item.contains("?")) {
            return "'?' must stand alone";
        }
        String special = checkSpecial(field, item);
        if (special != null) {
            return special.isEmpty() ? null : special;
        }
        Matcher m = RANGE_STEP.matcher(item);
        if (!m.matches()) {
            return "bad item '" + item + "'";
        }
        String start = m.group(1);
        if (!start.equals("*")) {
            String problem = checkValue(field, start);
            if (problem != null) {
                return problem;
            }
        }
        if (m.group(2) != null) {
            if (start.equals("*")) {
                return "'*' cannot start a range";
            }
            String problem = checkValue(field, m.group(2));
            if (problem != null) {
                return problem;
            }
        }
        return m.group(3) == null ? null : checkStep(field, m.group(3));
    }

    private static final Pattern DOM_SPECIAL = Pattern.compile("L(-(\\d+))?|LW|(\\d+)W");
    private static final Pattern DOW_SPECIAL = Pattern.compile("L|([0-9]+|[A-Z]{3})(L|#(\\d+))");

    /** Null when {@code item} is not an L / W / # form; "" when it is a valid one; else the problem. */
    private static String checkSpecial(Field field, String item) {
        if (field.specials().contains("W")) {
            Matcher m = DOM_SPECIAL.matcher(item);
            if (m.matches()) {
                String offset = m.group(2);
                String day = m.group(3);
                if (offset != null && Integer.parseInt(offset) > 30) {
                    return "offset " + offset + " out of range 0-30";
                }
                return day == null ? "" : nullToEmpty(checkValue(field, day));
            }
        }
        if (field.specials().contains("#")) {
            Matcher m = DOW_SPECIAL.matcher(item);
            if (m.matches()) {
                if (m.group(1) == null) {
                    return "";
                }
                String nth = m.group(3);
                if (nth != null && (Integer.parseInt(nth) < 1 || Integer.parseInt(nth) > 5)) {
                    return "occurrence after '#' must be 1-5, was " + nth;
                }
                return nullToEmpty(checkValue(field, m.group(1)));
            }
        }
        return null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String checkValue(Field field, String value) {
        if (value.matches("\\d+")) {
            int n = Integer.parseInt(value);
            return n < field.min() || n > field.max()
                    ? "value " + n + " out of range " + field.min() + "-" + field.max() : null;
        }
        if (field.names().contains(value)) {
            return null;
        }
        return field.names().isEmpty()
                ? "'" + value + "' is not a number"
                : "'" + value + "' is not a number or one of " + String.join(",", field.names());
    }

    private static String checkStep(Field field, String step) {
        if (!step.matches("\\d+")) {
            return "step '" + step + "' is not a number";
        }
        int n = Integer.parseInt(step);
        return n < 1 || n > field.max() ? "step " + n + " out of range 1-" + field.max() : null;
    }
}
