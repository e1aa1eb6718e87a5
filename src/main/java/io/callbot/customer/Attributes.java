package io.callbot.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Attribute values: JSON text for the profile column, and the typed (text, number, date) form that decides a
 * key's filter slot and what the slot holds ({@link AttributeSlots}). Stateless and thread-safe.
 */
public final class Attributes {
    public static final int MAX_KEY_LENGTH = 128;
    /** longer text values have no typed text (their key loses its filter slot; the JSON keeps them) */
    public static final int MAX_INDEXED_TEXT = 1000;

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
;
    /** what a numeric text looks like ({@link #isNumber} checks it by hand) */
    static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,28}(\\.\\d+)?");
    private static final BigDecimal MAX_NUM = new BigDecimal("1e28");

    private Attributes() {}

    /** One attribute as stored for filtering; each typed part is null when the value is not of that type. */
    public record Typed(String text, BigDecimal number, Instant date) {}

    public static String toJson(Map<String, Object> attributes) {
        try {
            return JSON.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("attributes are not JSON-serializable: " + e.getOriginalMessage(), e);
        }
    }

    public static Map<String, Object> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attributes are not a JSON object: " + e.getOriginalMessage(), e);
        }
    }

    /** Checks an attribute key; throws IllegalArgumentException naming the rule. */
    public static String checkKey(String key) {
        String k = key == null ? "" : key.trim();
        if (k.isEmpty()) {
            throw new IllegalArgumentException("attribute name must not be empty");
        }
        if (k.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("attribute name must be at most " + MAX_KEY_LENGTH + " characters");
        }
        return k;
    }

    /**
     * Checks an attribute value: text, a number or a boolean. Nested objects and lists are refused (audience
     * filters compare scalars only, and the API shows attributes as texts): flatten them into their own keys.
     */
    public static Object checkValue(Object value) {
        if (value instanceof Map<?, ?> || value instanceof java.util.List<?>) {
            throw new IllegalArgumentException("must be a text, number or boolean, was " + (value instanceof Map<?, ?>
                    ? "an object" : "a list") + " (nested attributes are not supported: give each part its own"
                    + " attribute, e.g. address_city)");
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException("must be a text, number or boolean, was " + value.getClass().getSimpleName());
    }

    /** The typed form of a JSON value: numbers and numeric strings get a number, ISO dates/times a date. */
    public static Typed typed(Object value) {
        if (value == null) {
            return new Typed(null, null, null);
        }
        if (value instanceof Map<?, ?> || value instanceof java.util.List<?>) {
            String json = toJsonValue(value);
            return new Typed(json.length() <= MAX_INDEXED_TEXT ? json : null, null, null);
        }
        String text = value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(value);
        BigDecimal number = value instanceof Number n ? toNumber(n.toString()) : numberOf(text);
        Instant date = value instanceof String s ? dateOf(s) : null;
        return new Typed(text.length() <= MAX_INDEXED_TEXT ? text : null, number, date);
    }

    /** {@link #typed} of every attribute, in the map's order. */
    public static Map<String, Typed> typedAll(Map<String, Object> attributes) {
        Map<String, Typed> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> out.put(k, typed(v)));
        return out;
    }

    /** A number that fits NUMERIC(38, 10), or null. */
    static BigDecimal numberOf(String text) {
        String t = text.trim();
        return isNumber(t) ? toNumber(t) : null;
    }

    /** Whether {@link #NUMBER} matches the text, without a matcher per value (every attribute of every row). */
    static boolean isNumber(String t) {
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            i++;
        }
        int start = i;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
        }
        int integer = i - start;
        if (integer < 1 || integer > 28) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (t.charAt(i) != '.' || i + 1 == n) {
            return false;
        }
        for (i++; i < n; i++) {
            if (!isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static BigDecimal toNumber(String text) {
        try {
            BigDecimal b = new BigDecimal(text);
            return b.abs().compareTo(MAX_NUM) < 0 ? b.setScale(Math.min(Math.max(b.scale(), 0), 10), RoundingMode.HALF_EVEN) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An ISO date ({@code 2026-11-29}, taken as midnight UTC) or date-time (UTC unless an offset is given), or null. */
    public static Instant dateOf(String text) {
        String t = text.trim();
        if (t.length() < 10 || !Character.isDigit(t.charAt(0))) {
            return null;
        }
        try {
            if (t.length() == 10) {
                return plainDate(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * {@code LocalDate.parse} of a 10-character text: {@code yyyy-MM-dd} read directly (an invalid day throws as the
     * parser's strict resolution does), any other shape through the parser.
     */
    private static LocalDate plainDate(String t) {
        for (int i = 0; i < 10; i++) {
            if (i == 4 || i == 7 ? t.charAt(i) != '-' : !isDigit(t.charAt(i))) {
                return LocalDate.parse(t);
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10),
                    Integer.parseInt(t, 8, 10, 10));
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), t, 0, e);
        }
    }

    private static String toJsonValue(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
