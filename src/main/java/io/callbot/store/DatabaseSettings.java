package io.callbot.store;

/**
 * How to reach the database. The embedded default is an H2 file under {@code ./data}; production sets a
 * PostgreSQL URL (config {@code db.url} or {@code CALLBOT_DB_URL}).
 *
 * @param schema optional schema to use and migrate (null: the connection's default)
 */
public record DatabaseSettings(String url, String user, String password, int maxPoolSize, String schema) {

    /**
     * H2 in PostgreSQL mode, so one set of SQL serves both; AUTO_SERVER lets CLI commands share a running server's
     * file. WRITE_DELAY=0 writes each commit to the file at once: with H2's default (write in the background every
     * 500 ms) a killed process loses the ledger rows it committed last, and a restart would dial those customers
     * again for the same attempt. With writes now on the committing thread, the {@code async:} file system keeps an
     * interrupted thread (executors and Quartz interrupt theirs at shutdown) from closing H2's file channel, which
     * would close the whole database under the calls still finishing.
     */
    public static String h2FileUrl(String pathWithoutSuffix) {
        return "jdbc:h2:async:" + pathWithoutSuffix
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0"
                + ";CACHE_SIZE=" + h2CacheKb(Runtime.getRuntime().maxMemory());
    }

    /**
     * H2's page cache in KB: a quarter of the heap, between H2's default 64 MB and 512 MB. An audience count scans
     * the tenant's filter rows; at a million customers they outgrow the default cache, and every count re-read and
     * re-decoded them from the file.
     */
    static long h2CacheKb(long maxHeapBytes) {
        return Math.max(64L * 1024, Math.min(512L * 1024, maxHeapBytes / 4 / 1024));
    }

    /** The H2 file's path without its suffix when this is an embedded H2 file database. */
    public java.util.Optional<java.nio.file.Path> h2File() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^jdbc:h2:(?:async:|file:|nio:)?([^;:][^;]*)")
                .matcher(url);
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
                || !m.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(java.nio.file.Path.of(m.group(1)));
    }

    /** The server's database from its configuration: {@code db.url}, else the H2 file {@code <data.dir>/callbot}. */
    public static DatabaseSettings fromConfig(io.callbot.config.ServerConfig config) {
        String dbUrl = config.optional("db.url");
        if (dbUrl == null || dbUrl.isBlank()) {
            return DatabaseSettings.embedded(config.path("data.dir").resolve("callbot").toAbsolutePath().toString());
        }
        return new DatabaseSettings(dbUrl, config.string("db.user"), config.string("db.password"),
                config.integer("db.max_pool_size"), null);
    }

    public static DatabaseSettings embedded(String pathWithoutSuffix) {
        return new DatabaseSettings(h2FileUrl(pathWithoutSuffix), "sa", "", 10, null);
    }

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("db.url must be set, was empty");
        }
        if (maxPoolSize <= 0) {
            throw new IllegalArgumentException("db.max_pool_size must be > 0, was " + maxPoolSize);
        }
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials, for logs. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
