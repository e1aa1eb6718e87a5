package io.callbot.config;

import java.util.Locale;

/**
 * One documented setting of {@code callbot.yaml}: its dotted key, value type, default and help text. The
 * environment variable that overrides it is derived from the key ({@code db.url} → {@code CALLBOT_DB_URL}).
 */
public record ConfigKey(String key, Type type, String defaultValue, String help) {

    /** Value types, each with the rule its values must follow. */
    public enum Type {
        STRING("any text"),
        SECRET("any text, never logged"),
        PATH("a file system path"),
        BOOL("true or false"),
        PORT("a port from 0 to 65535"),
        POSITIVE_INT("a whole number > 0"),
        DURATION("a duration such as 500ms, 30s, 5m, 2h or 1d"),
        HOST_PORT("host:port"),
        TIME_RANGE("HH:MM-HH:MM");

        private final String rule;

        Type(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    public String envName() {
        return "CALLBOT_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }
}
