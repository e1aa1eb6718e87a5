package io.callbot.campaign;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reading of YAML scalars: each method returns the value, or reports the error at the node and
 * returns null. Reads the scalar text, not SnakeYAML's resolved type, so {@code 09:00}, {@code yes} and
 * {@code 2026-12-01} mean what they look like. Stateless.
 */
final class Scalars {

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|s|m|h|d|w)");
    private static final Pattern DURATION = Pattern.compile("(\\d+(ms|s|m|h|d|w))+");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final List<String> TRUE = List.of("true", "yes", "on");
    private static final List<String> FALSE = List.of("false", "no", "off");

    private Scalars() {
    }

    /** "a mapping", "a list", "'text'" or "empty". */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        String text = ((ScalarNode) node).getValue();
        return text.isEmpty() ? "empty" : "'" + text + "'";
    }

    static String string(Node node, String path, Problems problems) {
        return text(node, path, problems, "a text value");
    }

    /** The non-blank text of a scalar; otherwise reports "must be {@code what}" and returns null. */
    private static String text(Node node, String path, Problems problems, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            problems.at(node, path, "must be " + what + ", was " + describe(node));
            return null;
        }
        if (scalar.getValue().isBlank()) {
            problems.at(node, path, "must not be empty");
            return null;
        }
        return scalar.getValue();
    }

    /** A non-empty string matching {@code pattern}; {@code what} describes the rule. */
    static String matching(Node node, String path, Problems problems, Pattern pattern, String what) {
        String text = string(node, path, problems);
        if (text != null && !pattern.matcher(text).matches()) {
            problems.at(node, path, "must be " + what + ", was '" + text + "'");
            return null;
        }
        return text;
    }

    static Integer integer(Node node, String path, Problems problems, int min) {
        String text = text(node, path, problems, "a whole number");
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.replace("_", ""));
            if (value < min) {
                problems.at(node, path, "must be " + (min == 1 ? "> 0" : ">= " + min) + ", was " + value);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.at(node, path, "must be a whole number, was '" + text + "'");
            return null;
        }
    }

    /** A decimal strictly greater than zero. */
    static BigDecimal positiveDecimal(Node node, String path, Problems problems) {
        BigDecimal value = decimal(node, path, problems);
        if (value != null && value.signum() <= 0) {
            problems.at(node, path, "must be > 0, was " + value.toPlainString());
            return null;
        }
        return value;
    }

    static BigDecimal decimal(Node node, String path, Problems problems) {
        String text = text(node, path, problems, "a number");
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace("_", ""));
        } catch (NumberFormatException e) {
            problems.at(node, path, "must be a number, was '" + text + "'");
            return null;
        }
    }

    static Boolean bool(Node node, String path, Problems problems) {
        String text = text(node, path, problems, "true or false");
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return true;
        }
        if (FALSE.contains(lower)) {
            return false;
        }
        problems.at(node, path, "must be true or false, was '" + text + "'");
        return null;
    }

    /** {@code 1500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 90d}, {@code 2w}, or combined {@code 1h30m}. */
    static Duration duration(Node node, String path, Problems problems) {
        String text = text(node, path, problems, "a duration like 30s, 5m, 2h, 90d or 1h30m");
        if (text == null) {
            return null;
        }
        Duration parsed = parseDuration(text.trim());
        if (parsed == null) {
            problems.at(node, path, "must be a duration like 30s, 5m, 2h, 90d or 1h30m, was '" + text + "'");
        }
        return parsed;
    }

    /** The duration spelled {@code text}, or null. */
    static Duration parseDuration(String text) {
        if (!DURATION.matcher(text).matches()) {
            return null;
        }
        Duration total = Duration.ZERO;
        Matcher m = DURATION_PART.matcher(text);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            });
        }
        return total;
    }

    /** A positive duration. */
    static Duration positiveDuration(Node node, String path, Problems problems) {
        Duration d = duration(node, path, problems);
        if (d != null && d.isZero()) {
            problems.at(node, path, "must be longer than zero");
            return null;
        }
        return d;
    }

    /** {@code HH:MM}, 00:00 to 23:59. */
    static LocalTime time(Node node, String path, Problems problems) {
        String text = text(node, path, problems, "a time HH:MM");
        if (text == null) {
            return null;
        }
        Matcher m = TIME.matcher(text.trim());
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        problems.at(node, path, "must be a time HH:MM between 00:00 and 23:59, was '" + text + "'");
        return null;
    }

    /** An ISO date {@code YYYY-MM-DD}. */
    static LocalDate date(Node node, String path, Problems problems) {
        String text = text(node, path, problems, "a date YYYY-MM-DD");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.at(node, path, "must be a date YYYY-MM-DD, was '" + text + "'");
            return null;
        }
    }

    static ZoneId zone(Node node, String path, Problems problems) {
        String text = text(node, path, problems, "a timezone id like Asia/Shanghai");
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text.trim());
        } catch (java.time.DateTimeException e) {
            String hint = DidYouMean.hint(text, ZoneId.getAvailableZoneIds());
            problems.at(node, path, "unknown timezone '" + text + "'" + hint + "; use a region id like Asia/Shanghai");
            return null;
        }
    }

    /** A list of non-empty strings; a single scalar is read as a one-element list. */
    static List<String> strings(Node node, String path, Problems problems) {
        List<String> out = new ArrayList<>();
        if (node instanceof ScalarNode) {
            String one = string(node, path, problems);
            return one == null ? List.of() : List.of(one);
        }
        if (!(node instanceof SequenceNode seq)) {
            problems.at(node, path, "must be a list, was " + describe(node));
            return List.of();
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            String s = string(seq.getValue().get(i), path + "[" + i + "]", problems);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** A list of tag texts ({@link #strings}), each also checked against {@link TagSyntax}. */
    static List<String> tags(Node node, String path, Problems problems) {
        List<String> out = new ArrayList<>();
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        for (int i = 0; i < items.size(); i++) {
            String itemPath = node instanceof SequenceNode ? path + "[" + i + "]" : path;
            String s = string(items.get(i), itemPath, problems);
            String problem = s == null ? null : TagSyntax.problem(s);
            if (problem != null) {
                problems.at(items.get(i), itemPath, problem);
            } else if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** An enum constant spelled in lower case ({@code service_notice}); the error lists the allowed ones. */
    static <E extends Enum<E>> E enumValue(Node node, String path, Problems problems, Class<E> type) {
        String text = string(node, path, problems);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.trim())) {
                return constant;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        problems.at(node, path, "must be one of " + String.join(", ", allowed) + ", was '" + text + "'"
                + DidYouMean.hint(text, allowed));
        return null;
    }
}
