package io.callbot.cli;

import io.callbot.config.ServerConfig;
import io.callbot.store.Database;
import io.callbot.store.DatabaseLocator;
import io.callbot.store.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the admin commands find the database (a picocli mixin): by default the very one {@code callbot serve} uses,
 * from callbot.yaml and the CALLBOT_* environment ({@code db.url}, else the H2 file in {@code data.dir}), so that
 * an operator who moved the data directory does not create tokens in a stray database; {@code --db-url} points
 * elsewhere. Passwords only come from the config or CALLBOT_DB_PASSWORD, never from the command line.
 */
final class DatabaseOptions {

    /** Admin commands run one statement at a time. */
    private static final int COMMAND_POOL_SIZE = 2;

    @Option(names = "--config", paramLabel = "FILE",
            description = "callbot.yaml to read db.* and data.dir from (default: ./callbot.yaml when it exists; "
                    + "CALLBOT_* environment variables override it).")
    Path configFile;

    @Option(names = "--db-url", paramLabel = "URL",
            description = {"JDBC URL (jdbc:postgresql://host/db, jdbc:h2:file:PATH) or a path for an H2 file.",
                    "Default: db.url from the configuration, else the embedded H2 file <data.dir>/callbot."})
    String url;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "Database user (default: db.user from the configuration or $CALLBOT_DB_USER).")
    String user;

    /** Opens the database; an invalid configuration throws {@link io.callbot.config.ConfigException}. */
    Database open() {
        DatabaseSettings settings = url != null && !url.isBlank()
                ? DatabaseLocator.resolve(url)
                : DatabaseSettings.fromConfig(ServerConfig.load(configFile(), System.getenv()));
        return Database.open(new DatabaseSettings(settings.url(), user != null ? user : settings.user(),
                settings.password(), COMMAND_POOL_SIZE, settings.schema()));
    }

    /** The campaigns directory the server reads ({@code campaigns.dir} of the same configuration). */
    Path campaignsDir() {
        return config().path("campaigns.dir");
    }

    /** The server's configuration these options read (callbot.yaml and the CALLBOT_* environment). */
    ServerConfig config() {
        return ServerConfig.load(configFile(), System.getenv());
    }

    private Path configFile() {
        if (configFile != null) {
            return configFile;
        }
        Path local = Path.of("callbot.yaml");
        return Files.exists(local) ? local : null;
    }
}
