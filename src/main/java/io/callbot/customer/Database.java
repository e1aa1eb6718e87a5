package io.callbot.customer;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool plus the schema: opening it runs every Flyway migration of the application
 * ({@code db/migration}), so all packages' tables exist. Thread-safe; share one per process.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final DatabaseSettings settings;

    private Database(HikariDataSource dataSource, DatabaseSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** Opens the pool and migrates the schema to the latest version. */
    public static Database open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setPoolName("callbot-db");
        if (settings.schema() != null) {
            config.setSchema(settings.schema());
        }
        if (settings.isPostgres()) {
            // JDBC batches (imports, outbox) become multi-row INSERTs: several times fewer round trips
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource ds = new HikariDataSource(config);
        try {
            var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
            if (settings.schema() != null) {
                flyway.schemas(settings.schema()).defaultSchema(settings.schema());
            }
            var result = flyway.load().migrate();
            log.info("database {} ready, schema version {}", settings.redactedUrl(), result.targetSchemaVersion);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, settings);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public boolean isPostgres() {
        return settings.isPostgres();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
