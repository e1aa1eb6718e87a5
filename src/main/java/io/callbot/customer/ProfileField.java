package io.callbot.customer;

import java.util.Map;

/**
 * The built-in profile columns an audience may filter or order on: the whitelist that keeps field names out of
 * SQL unless they are one of these constants. Any other field name is an attribute key (bound as a parameter).
 */
enum ProfileField {
    LANGUAGE("language", Type.TEXT), TIMEZONE("timezone", Type.TEXT), LAST_OUTCOME("last_outcome", Type.TEXT),
    FIRST_NAME("first_name", Type.TEXT), LAST_NAME("last_name", Type.TEXT), EXTERNAL_ID("external_id", Type.TEXT),
    PHONE("phone", Type.TEXT), CONSENT("consent", Type.BOOLEAN), CREATED_AT("created_at", Type.DATE),
    UPDATED_AT("updated_at", Type.DATE), LAST_CALLED_AT("last_called_at", Type.DATE),
    CALLBACK_AT("callback_at", Type.DATE);

    enum Type { TEXT, BOOLEAN, DATE }

    private static final Map<String, ProfileField> BY_NAME = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(f -> f.column, f -> f));

    final String column;
    final Type type;

    ProfileField(String column, Type type) {
        this.column = column;
        this.type = type;
    }

    /** The built-in field of that name, or null when the name is an attribute key. */
    static ProfileField of(String name) {
        return BY_NAME.get(name);
    }
}
