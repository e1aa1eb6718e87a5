package io.callbot.store;

import java.util.Map;

/**
 * Decides which database a command or the server uses: an explicit URL (option or config), else the environment
 * variable {@code CALLBOT_DB_URL}, else the embedded H2 file {@code ./data/callbot}. Credentials for server
 * databases come from the URL or {@code CALLBOT_DB_USER} / {@code CALLBOT_DB_PASSWORD}. Stateless and thread-safe.
 */
public final class DatabaseLocator {
    public static final String URL_ENV = "CALLBOT_DB_URL";
    public static final String USER_ENV = "CALLBOT_DB_USER";
    public static final String PASSWORD_ENV = "CALLBOT_DB_PASSWORD";
    public static final String DEFAULT_H2_PATH = "./data/callbot";
    static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final int POOL_SIZE = 10;

    private DatabaseLocator() {}

    /** Settings from the process environment. */
    public static DatabaseSettings resolve(String explicitUrl) {
        return resolve(explicitUrl, System.getenv());
    }

    /**
     * @param explicitUrl a JDBC URL, or a plain path meaning an H2 file there; null or blank to fall back
     */
    public static DatabaseSettings resolve(String explicitUrl, Map<String, String> env) {
        String url = blankToNull(explicitUrl);
        if (url == null) {
            url = blankToNull(env.get(URL_ENV));
        }
        if (url == null) {
            return DatabaseSettings.embedded(DEFAULT_H2_PATH);
        }
        if (!url.startsWith("jdbc:")) {
            return DatabaseSettings.embedded(url);
        }
        if (url.startsWith("jdbc:h2:")) {
            return new DatabaseSettings(withH2Flags(url), env.getOrDefault(USER_ENV, "sa"),
                    env.getOrDefault(PASSWORD_ENV, ""), POOL_SIZE, null);
        }
        return new DatabaseSettings(url, env.get(USER_ENV), env.get(PASSWORD_ENV), POOL_SIZE, null);
    }

    /** The store's SQL needs H2's PostgreSQL mode: add the flags a hand-written H2 URL lacks. */
    static String withH2Flags(String url) {
        StringBuilder out = new StringBuilder(url);
        for (String flag : H2_FLAGS.substring(1).split(";")) {
            String key = flag.substring(0, flag.indexOf('=') + 1);
            if (!url.toUpperCase(java.util.Locale.ROOT).contains(";" + key)) {
                out.append(';').append(flag);
            }
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
