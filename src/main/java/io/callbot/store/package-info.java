/**
 * The database every package shares: settings and where they come from ({@link io.callbot.store.DatabaseLocator}),
 * the connection pool with the schema migrated at open ({@link io.callbot.store.Database}: the SQL migrations in
 * {@code db/migration} and the Java ones registered as {@code org.flywaydb.core.api.migration.JavaMigration}
 * services), transactions, and {@link io.callbot.store.Sql}, the one set of JDBC helpers. The SQL itself stays next
 * to what it reads and writes.
 */
package io.callbot.store;
