package io.callbot.config;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Parsing and checking of setting values by type. Stateless. */
final class ConfigValues {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern HOST_PORT = Pattern.compile("[^\\s:]+:(\\d{1,5})");

    private ConfigValues() {}

    static boolean isValid(ConfigKey.Type type, String v) {
        String t = v == null ? "" : v.trim();
        return switch (type) {
            case STRING, SECRET, PATH -> v != null;
            case BOOL -> t.equals("true") || t.equals("false");
            case PORT -> t.matches("\\d{1,5}") && Integer.parseInt(t) <= 65535;
            case POSITIVE_INT -> t.matches("\\d{1,9}") && Integer.parseInt(t) > 0;
            case DURATION -> DURATION.matcher(t).matches();
            case HOST_PORT -> {
                Matcher m = HOST_PORT.matcher(t);
                yield m.matches() && Integer.parseInt(m.group(1)) <= 65535;
            }
            case TIME_RANGE -> isTimeRange(t);
        };
    }

    private static boolean isTimeRange(String t) {
        String[] parts = t.split("-");
        if (parts.length != 2) {
            return false;
        }
        try {
            LocalTime.parse(parts[0].trim());
            LocalTime.parse(parts[1].trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** " (did you mean 'x'?)" for the closest known key within two edits, else "". */
    static String suggestion(String key) {
        String best = null;
        int bestDistance = 3;
        for (ConfigKey k : ConfigKeys.ALL) {
            int d = LevenshteinDistance.getDefaultInstance().apply(key, k.key());
            if (d < bestDistance) {
                bestDistance = d;
                best = k.key();
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }
}
