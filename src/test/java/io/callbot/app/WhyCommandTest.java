package io.callbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.config.ServerConfig;
import io.callbot.customer.Database;
import io.callbot.schedule.AttemptLedger;
import io.callbot.schedule.AttemptResult;
import io.callbot.schedule.ResultKind;
import io.callbot.schedule.RetryDecision;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WhyCommandTest {

    @Test
    void explainsAttempts(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("callbot.yaml");
        Files.writeString(config, "data:\n  dir: " + dir.resolve("data") + "\n");
        Instant t = Instant.parse("2026-06-10T15:00:00Z");
        try (Database db = Database.open(DatabaseOptions.fromConfig(ServerConfig.load(config, Map.of())))) {
            AttemptLedger ledger = new AttemptLedger(db.dataSource());
            var a = new AttemptLedger.NewAttempt(UUID.randomUUID(), "acme", "spring", "v1", "cust-7", 1);
            ledger.claim(a, "node-a", t, Duration.ofMinutes(2));
            ledger.finish(a.id(), AttemptResult.dialing(ResultKind.BUSY, 17), t.plusSeconds(20),
                    RetryDecision.at(t.plus(Duration.ofMinutes(30))));
        }
        StringWriter out = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("why", "cust-7", "--campaign", "spring", "--tenant", "acme", "--config", config.toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("attempt 1: FINISHED result BUSY (Q.850 cause 17)")
                .contains("next attempt not before 2026-06-10T15:30:00Z");
    }

    @Test
    void unknownCustomerSaysSo(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("callbot.yaml");
        Files.writeString(config, "data:\n  dir: " + dir.resolve("data") + "\n");
        StringWriter out = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("why", "nobody", "--campaign", "spring", "--tenant", "acme", "--config",
                config.toString())).isZero();
        assertThat(out.toString()).contains("has never been scheduled here").contains("no call attempts in this campaign");
    }
}
