package io.callbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class ServerConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsApplyWithNoFileAndNoEnvironment() {
        ServerConfig c = ServerConfig.fromEnvironment(Map.of());
        assertThat(c.integer("media.port")).isEqualTo(9092);
        assertThat(c.duration("webhook.max_age")).isEqualTo(Duration.ofHours(24));
        assertThat(c.optional("db.url")).isNull();
        assertThat(c.source("media.port")).isEqualTo("default");
    }

    @Test
    void fileOverridesDefaultsAndEnvironmentOverridesFile() throws Exception {
        Path f = dir.resolve("callbot.yaml");
        Files.writeString(f, "media:\n  port: 9100\napi.port: 8081\nami:\n  host: pbx.local\n");
        ServerConfig c = ServerConfig.load(f, Map.of("CALLBOT_API_PORT", "9000"));
        assertThat(c.integer("media.port")).isEqualTo(9100);
        assertThat(c.string("ami.host")).isEqualTo("pbx.local");
        assertThat(c.integer("api.port")).isEqualTo(9000);
        assertThat(c.source("api.port")).isEqualTo("environment variable CALLBOT_API_PORT");
    }

    @Test
    void everyProblemIsReportedAtOnceWithKeyRuleAndValue() throws Exception {
        Path f = dir.resolve("callbot.yaml");
        Files.writeString(f, "media:\n  prot: 9100\ndb:\n  max_pool_size: -1\nshutdown.timeout: soon\n");
        assertThatThrownBy(() -> ServerConfig.load(f, Map.of("CALLBOT_LOG_JSON", "yes")))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).containsExactlyInAnyOrder(
                        f + ": media.prot: unknown setting (did you mean 'media.port'?)",
                        f + ": db.max_pool_size must be a whole number > 0, was '-1'",
                        f + ": shutdown.timeout must be a duration such as 500ms, 30s, 5m, 2h or 1d, was 'soon'",
                        "environment variable CALLBOT_LOG_JSON: log.json must be true or false, was 'yes'"));
    }

    @Test
    void secretsAreMaskedInDescriptionsAndErrors() {
        ServerConfig c = ServerConfig.fromEnvironment(Map.of("CALLBOT_AMI_SECRET", "hunter2"));
        assertThat(c.string("ami.secret")).isEqualTo("hunter2");
        assertThat(c.describe().get("ami.secret")).isEqualTo("***");
        assertThat(c.describe().toString()).doesNotContain("hunter2");
    }

    @Test
    void badYamlNamesTheFile() throws Exception {
        Path f = dir.resolve("callbot.yaml");
        Files.writeString(f, "media: [port: 1\n");
        assertThatThrownBy(() -> ServerConfig.load(f, Map.of())).hasMessageStartingWith(f + ": not valid YAML");
    }

    @Test
    void quietHoursParseAsATimeRange() {
        ServerConfig c = ServerConfig.fromEnvironment(Map.of());
        assertThat(c.timeRange("schedule.quiet_hours")[0].getHour()).isEqualTo(21);
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("CALLBOT_SCHEDULE_QUIET_HOURS", "25:00-08:00")))
                .hasMessageContaining("schedule.quiet_hours must be HH:MM-HH:MM");
    }

    @Test
    void theShippedCallbotYamlDocumentsEveryKeyWithItsDefault() {
        ServerConfig shipped = ServerConfig.load(Path.of("callbot.yaml"), Map.of());
        assertThat(shipped.describe()).isEqualTo(ServerConfig.fromEnvironment(Map.of()).describe());
        for (ConfigKey k : ConfigKeys.ALL) {
            assertThat(shipped.source(k.key())).as(k.key()).isEqualTo("callbot.yaml");
        }
    }
}
