package io.callbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocatorTest {
    @Test
    void anExplicitUrlWinsOverTheEnvironmentWhichWinsOverTheEmbeddedDefault() {
        Map<String, String> env = Map.of(DatabaseLocator.URL_ENV, "jdbc:postgresql://db:5432/callbot",
                DatabaseLocator.USER_ENV, "callbot");
        assertThat(DatabaseLocator.resolve("jdbc:postgresql://other/x", env).url()).isEqualTo("jdbc:postgresql://other/x");
        DatabaseSettings fromEnv = DatabaseLocator.resolve(null, env);
        assertThat(fromEnv.url()).isEqualTo("jdbc:postgresql://db:5432/callbot");
        assertThat(fromEnv.user()).isEqualTo("callbot");
        assertThat(DatabaseLocator.resolve(" ", Map.of())).isEqualTo(DatabaseSettings.embedded("./data/callbot"));
    }

    @Test
    void aPathMeansAnH2FileAndHandWrittenH2UrlsGetPostgresMode() {
        assertThat(DatabaseLocator.resolve("/tmp/crm", Map.of()).url()).isEqualTo(DatabaseSettings.h2FileUrl("/tmp/crm"));
        assertThat(DatabaseLocator.resolve("jdbc:h2:mem:x;MODE=PostgreSQL", Map.of()).url())
                .isEqualTo("jdbc:h2:mem:x;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
