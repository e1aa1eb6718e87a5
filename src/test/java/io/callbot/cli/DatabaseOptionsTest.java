package io.callbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.api.JdbcTokenStore;
import io.callbot.config.ServerConfig;
import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The admin commands find the database the server uses, through the same configuration. */
class DatabaseOptionsTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.newCommandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void aTokenCreatedWithTheServersConfigLandsInTheServersDatabase() throws Exception {
        Path config = dir.resolve("callbot.yaml");
        Files.writeString(config, "data:\n  dir: " + dir.resolve("server-data") + "\n");

        Run created = run("tokens", "create", "--tenant", "acme", "--parent", "platform", "--config", config.toString());
        assertThat(created.exit()).as(created.err()).isZero();
        String token = created.out().lines().filter(l -> l.startsWith("cbt_")).findFirst().orElseThrow();

        assertThat(dir.resolve("server-data/callbot.mv.db")).exists();
        try (Database db = Database.open(DatabaseSettings.fromConfig(ServerConfig.load(config, Map.of())))) {
            assertThat(new JdbcTokenStore(db.dataSource(), Clock.systemUTC()).authenticate(token)).isPresent();
        }
    }

    @Test
    void anInvalidConfigurationIsReportedByNameWithExitCode2() throws Exception {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "db:\n  max_pool_size: lots\n");

        Run r = run("webhooks", "dead-letters", "--config", config.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("configuration is invalid").contains("db.max_pool_size")
                .doesNotContain("Exception");
    }
}
