package io.callbot.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Lends Quartz the application's pool, so its job store lives in the same database as the ledger. Quartz's
 * shutdown must not close the pool the rest of the application still uses. Thread-safe as the pool is.
 */
final class DataSourceConnectionProvider implements ConnectionProvider {
    private final DataSource dataSource;

    DataSourceConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        // the pool belongs to the application
    }

    @Override
    public void initialize() {
        // nothing: the pool is open already
    }
}
