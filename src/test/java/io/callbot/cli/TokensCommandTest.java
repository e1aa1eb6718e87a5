package io.callbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.api.JdbcTokenStore;
import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code callbot tokens create|list|revoke} against a private in-memory H2 database. */
class TokensCommandTest {
    private final String url = "jdbc:h2:mem:tok" + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.newCommandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db-url";
        all[args.length + 1] = url;
        return new Run(cli.execute(all), out.toString(), err.toString());
    }

    @Test
    void createPrintsATokenOnceThatAuthenticatesUntilRevoked() {
        Run created = run("tokens", "create", "--tenant", "acme", "--parent", "platform");
        assertThat(created.exit()).isZero();
        String token = created.out().lines().filter(l -> l.startsWith("cbt_")).findFirst().orElseThrow();
        String id = created.out().lines().filter(l -> l.startsWith("token id ")).findFirst().orElseThrow().split(" ")[2];

        Run listed = run("tokens", "list");
        assertThat(listed.out()).contains(id).contains("acme").doesNotContain(token);
        try (Database db = Database.open(new DatabaseSettings(url, "sa", "", 2, null))) {
            JdbcTokenStore store = new JdbcTokenStore(db.dataSource(), Clock.systemUTC());
            assertThat(store.authenticate(token)).get().extracting(c -> c.tenantId()).isEqualTo("acme");
            assertThat(run("tokens", "revoke", id).exit()).isZero();
            assertThat(store.authenticate(token)).isEmpty();
        }
        Run again = run("tokens", "revoke", id);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("no valid token with id " + id);
    }

    @Test
    void unknownTenantIsExplained() {
        Run r = run("tokens", "create", "--tenant", "ghost");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("tenant 'ghost' does not exist").contains("no campaign in ./campaigns names it")
                .contains("--parent").contains("callbot tenants create ghost");
    }

    @Test
    void theReadmesFirstTokenCommandWorksOnAFreshInstall() {
        Run r = run("tokens", "create", "--tenant", "acme-shop");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("created tenant acme-shop under platform").containsPattern("(?m)^cbt_");
        assertThat(run("tokens", "create", "--tenant", "acme-shop", "--name", "ops-alice").out())
                .doesNotContain("created tenant");
    }

    @Test
    void tenantsCanBeCreatedAndListed() {
        assertThat(run("tenants", "create", "globex").out()).contains("created tenant globex (merchant under platform)");
        assertThat(run("tenants", "create", "globex-east", "--parent", "globex").exit()).isZero();
        assertThat(run("tenants", "list").out()).contains("globex-east").contains("SUB_MERCHANT");
        Run dup = run("tenants", "create", "globex");
        assertThat(dup.exit()).isEqualTo(2);
        assertThat(dup.err()).contains("tenant 'globex' already exists");
    }
}
