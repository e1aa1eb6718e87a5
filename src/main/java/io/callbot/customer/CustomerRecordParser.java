package io.callbot.customer;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates and normalizes a {@link RawCustomer} into a {@link CustomerRecord}, collecting every field error.
 * Thread-safe (immutable).
 */
public final class CustomerRecordParser {
    private static final int MAX_EXTERNAL_ID = 128;
    private static final int MAX_NAME = 200;
    private static final int MAX_LANGUAGE = 35;
    private static final int MAX_DO_NOT_CALL_REASON = 500;
    /** one profile's attributes as JSON, about (keys, values and quoting) */
    static final int MAX_ATTRIBUTES_JSON = 100_000;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

    private final PhoneNumbers phones;

    public CustomerRecordParser(PhoneNumbers phones) {
        this.phones = phones;
    }

    /** Either a record or the errors that stopped it (never both). */
    public record Result(CustomerRecord record, List<FieldError> errors) {
        public boolean ok() {
            return record != null;
        }
    }

    public Result parse(RawCustomer raw) {
        List<FieldError> errors = new ArrayList<>();
        String externalId = trimToNull(raw.externalId());
        if (externalId == null) {
            errors.add(new FieldError("external_id", "must not be empty"));
        } else if (externalId.length() > MAX_EXTERNAL_ID) {
            errors.add(new FieldError("external_id", "must be at most " + MAX_EXTERNAL_ID + " characters"));
        }
        PhoneNumbers.Normalized phone = null;
        try {
            phone = phones.normalize(raw.phone());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("phone", e.getMessage()));
        }
        String firstName = name("first_name", raw.firstName(), errors);
        String lastName = name("last_name", raw.lastName(), errors);
        String language = language(raw.language(), errors);
        String timezone = timezone(raw.timezone(), errors);
        Boolean consent = bool("consent", raw.consent(), errors);
        Boolean doNotCall = bool("do_not_call", raw.doNotCall(), errors);
        String reason = trimToNull(raw.doNotCallReason());
        if (reason != null && reason.length() > MAX_DO_NOT_CALL_REASON) {
            errors.add(new FieldError("do_not_call_reason", "must be at most " + MAX_DO_NOT_CALL_REASON + " characters"));
        }
        List<Tag> tags = tags(raw.tags(), errors);
        Map<String, Object> attributes = attributes(raw.attributes(), errors);
        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors));
        }
        String zone = timezone != null ? timezone : phone.timezone();
        TimezoneSource source = timezone != null ? TimezoneSource.EXPLICIT : phone.timezoneSource();
        return new Result(new CustomerRecord(externalId, phone.e164(), firstName, lastName, language, zone, source,
                consent, doNotCall, reason, tags, attributes), List.of());
    }

    private static String name(String field, String value, List<FieldError> errors) {
        String v = trimToNull(value);
        if (v != null && v.length() > MAX_NAME) {
            errors.add(new FieldError(field, "must be at most " + MAX_NAME + " characters"));
        }
        return v;
    }

    private static String language(String value, List<FieldError> errors) {
        String v = trimToNull(value);
        if (v == null) {
            return null;
        }
        String known = LANGUAGES.get(v);
        if (known != null) {
            return known;
        }
        if (!LANGUAGE.matcher(v).matches()) {
            errors.add(new FieldError("language", "must be a BCP 47 language tag such as en-US or zh-CN, was '" + v + "'"));
            return null;
        }
        String tag = Locale.forLanguageTag(v.replace('_', '-')).toLanguageTag();
        if (tag.length() > MAX_LANGUAGE) {
            errors.add(new FieldError("language", "must be at most " + MAX_LANGUAGE + " characters, was " + tag.length()));
            return null;
        }
        remember(LANGUAGES, v, tag);
        return tag;
    }

    /**
     * Languages and zones a file gives are few and repeat on every row: their valid spellings are remembered with
     * what they normalize to (a pure function of the text), at most {@link #REMEMBERED} of each.
     */
    private static final java.util.concurrent.ConcurrentMap<String, String> LANGUAGES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentMap<String, String> ZONES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int REMEMBERED = 10_000;

    private static void remember(java.util.concurrent.ConcurrentMap<String, String> memo, String text, String value) {
        if (memo.size() < REMEMBERED) {
            memo.putIfAbsent(text, value);
        }
    }

    private static String timezone(String value, List<FieldError> errors) {
        String v = trimToNull(value);
        if (v == null) {
            return null;
        }
        String known = ZONES.get(v);
        if (known != null) {
            return known;
        }
        try {
            String id = ZoneId.of(v).getId();
            remember(ZONES, v, id);
            return id;
        } catch (DateTimeException e) {
            errors.add(new FieldError("timezone", "unknown timezone '" + v + "' (use an IANA name such as America/New_York)"));
            return null;
        }
    }

    private static Boolean bool(String field, String value, List<FieldError> errors) {
        String v = trimToNull(value);
        if (v == null) {
            return null;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1":
                return true;
            case "false", "no", "n", "0":
                return false;
            default:
                errors.add(new FieldError(field, "must be true/false (or yes/no, 1/0), was '" + v + "'"));
                return null;
        }
    }

    private static List<Tag> tags(List<String> texts, List<FieldError> errors) {
        List<Tag> tags = new ArrayList<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                tags.add(Tag.parse(text));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("tags", e.getMessage() + " ('" + text + "')"));
            }
        }
        return tags;
    }

    private static Map<String, Object> attributes(Map<String, Object> raw, List<FieldError> errors) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            try {
                if (value != null && !(value instanceof String s && s.isBlank())) {
                    out.put(Attributes.checkKey(key), Attributes.checkValue(value));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("attributes." + key, e.getMessage()));
            }
        });
        long size = out.entrySet().stream().mapToLong(e -> e.getKey().length() + String.valueOf(e.getValue()).length() + 6L).sum();
        if (size > MAX_ATTRIBUTES_JSON) {
            errors.add(new FieldError("attributes", "must be at most " + MAX_ATTRIBUTES_JSON
                    + " characters as JSON all together"));
        }
        return out;
    }

    /** The external id a raw row stands for (trimmed), null when it has none. */
    static String externalIdOf(RawCustomer raw) {
        return trimToNull(raw.externalId());
    }

    /** Whether a raw field gives no value. */
    static boolean isBlank(String value) {
        return trimToNull(value) == null;
    }

    /** Whether a raw true/false field says false (as {@link #parse} reads it). */
    static boolean saysFalse(String value) {
        return Boolean.FALSE.equals(bool("", value, new ArrayList<>()));
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
