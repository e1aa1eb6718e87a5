package io.callbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ServiceLoader;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool plus the schema: opening it runs every Flyway migration of the application (the SQL ones in
 * {@code db/migration}; the Java ones, which live next to the tables they change, registered in
 * {@code META-INF/services/org.flywaydb.core.api.migration.JavaMigration}), so all packages' tables exist.
 * Thread-safe; share one per process.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    static {
        // H2's AUTO_SERVER (CLI commands sharing a running server's file) listens on TCP: loopback only, never on all
        // interfaces. H2 reads the property once, when its first class loads, which is after this in every path that
        // opens a database through this class.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final HikariDataSource dataSource;
    private final DatabaseSettings settings;

    private Database(HikariDataSource dataSource, DatabaseSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** Opens the pool and migrates the schema to the latest version. */
    public static Database open(DatabaseSettings settings) {
        settings.h2File().ifPresent(OwnerOnlyFiles::directoryOf);
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
            // outOfOrder: engineers number migrations in assigned ranges (61-69, 80-89, ...) and land in any order; a
            // database already past a range applies a later-landed lower version instead of refusing to start. A fresh
            // database still applies every version in order.
            var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                    .javaMigrations(javaMigrations()).outOfOrder(true);
            if (settings.schema() != null) {
                flyway.schemas(settings.schema()).defaultSchema(settings.schema());
            }
            var result = flyway.load().migrate();
            log.info("database {} ready, schema version {}", settings.redactedUrl(), result.targetSchemaVersion);
            settings.h2File().ifPresent(OwnerOnlyFiles::filesOf);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, settings);
    }

    /** The application's Java migrations: the store knows none by name, so it imports none of their packages. */
    private static JavaMigration[] javaMigrations() {
        return ServiceLoader.load(JavaMigration.class, Database.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toArray(JavaMigration[]::new);
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
