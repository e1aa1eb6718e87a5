package io.callbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The customers command end to end, in-process, against an H2 file in a temporary directory. */
class CustomersCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importsTheSampleFileThenReimportsItAsUpdates() {
        String db = dir.resolve("db").toString();
        Path sample = Path.of("campaigns/sample-customers.csv");
        Run first = run("customers", "import", sample.toString(), "--tenant", "acme-shop", "--parent", "platform",
                "--db-url", db);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("created tenant acme-shop under platform");
        assertThat(first.out()).contains("300 rows: 300 imported, 0 updated, 0 rejected, 0 warnings");

        Run second = run("customers", "import", sample.toString(), "--tenant", "acme-shop", "--db-url", db);
        assertThat(second.out()).contains("300 rows: 0 imported, 300 updated, 0 rejected");

        Run show = run("customers", "show", "CRM-000001", "--tenant", "acme-shop", "--db-url", db);
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("\"externalId\" : \"CRM-000001\"").contains("\"phone\" : \"+");
        Run otherTenant = run("customers", "show", "CRM-000001", "--tenant", "gadget-mall", "--db-url", db);
        assertThat(otherTenant.exit()).isEqualTo(1);
        assertThat(otherTenant.err()).contains("no customer 'CRM-000001' in tenant gadget-mall");
    }

    @Test
    void badRowsAreReportedAndExitCodeSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("c.jsonl"), "{\"external_id\":\"a\",\"phone\":\"+44 20 7946 0123\"}\n"
                + "{\"external_id\":\"b\",\"phone\":\"0\"}\n", StandardCharsets.UTF_8);
        Run r = run("customers", "import", file.toString(), "--tenant", "t", "--parent", "platform", "--db-url",
                dir.resolve("db").toString(), "--default-region", "GB");
        assertThat(r.exit()).isEqualTo(CustomersCommand.EXIT_ROWS_REJECTED);
        assertThat(r.out()).contains("2 rows: 1 imported, 0 updated, 1 rejected");
        Run shown = run("customers", "show", "id:1", "--tenant", "t", "--db-url", dir.resolve("db").toString());
        assertThat(shown.out()).contains("\"timezone\" : \"Europe/London\"", "\"timezoneSource\" : \"PHONE\"");
        Run byCrmId = run("customers", "show", "a", "--tenant", "t", "--db-url", dir.resolve("db").toString());
        assertThat(byCrmId.out()).contains("\"externalId\" : \"a\"");
        assertThat(run("customers", "show", "1", "--tenant", "t", "--db-url", dir.resolve("db").toString()).err())
                .as("1 is an external id unless written id:1").contains("no customer '1'");
    }

    @Test
    void unusableInputFailsWithExitTwo() throws Exception {
        String db = dir.resolve("db").toString();
        Run missing = run("customers", "import", dir.resolve("nope.csv").toString(), "--tenant", "t", "--db-url", db);
        assertThat(missing.exit()).isEqualTo(CustomersCommand.EXIT_FAILED);
        assertThat(missing.err()).contains("nope.csv: no such file");
        Path file = Files.writeString(dir.resolve("c.csv"), "external_id,phone\n");
        Run region = run("customers", "import", file.toString(), "--tenant", "t", "--db-url", db, "--default-region", "ZZ");
        assertThat(region.exit()).isEqualTo(CustomersCommand.EXIT_FAILED);
        assertThat(region.err()).contains("--default-region: default region must be an ISO 3166 region code");
        Path utf16 = Files.write(dir.resolve("u.csv"), "external_id,phone\n".getBytes(StandardCharsets.UTF_16));
        Run encoding = run("customers", "import", utf16.toString(), "--tenant", "t", "--parent", "platform",
                "--db-url", db);
        assertThat(encoding.exit()).isEqualTo(CustomersCommand.EXIT_FAILED);
        assertThat(encoding.err()).contains("save it as UTF-8");
    }

    @Test
    void anUnknownTenantIsRefusedUnlessAParentCreatesIt() throws Exception {
        String db = dir.resolve("db").toString();
        Path file = Files.writeString(dir.resolve("c.csv"), "external_id,phone,consent\nc1,+1 212 555 0101,yes\n");
        Run unknown = run("customers", "import", file.toString(), "--tenant", "typo-shop", "--db-url", db);
        assertThat(unknown.exit()).isEqualTo(CustomersCommand.EXIT_FAILED);
        assertThat(unknown.err()).contains("--tenant: tenant 'typo-shop' does not exist; add --parent platform");
        Run shown = run("customers", "show", "c1", "--tenant", "typo-shop", "--db-url", db);
        assertThat(shown.exit()).isEqualTo(1);

        Run badParent = run("customers", "import", file.toString(), "--tenant", "shop", "--parent", "nope", "--db-url", db);
        assertThat(badParent.exit()).isEqualTo(CustomersCommand.EXIT_FAILED);
        assertThat(badParent.err()).contains("--parent: parent tenant 'nope' does not exist");
    }

    @Test
    void aFileThatStopsEarlyExitsTwoAndSaysWhere() throws Exception {
        String db = dir.resolve("db").toString();
        Path file = Files.writeString(dir.resolve("q.csv"), "external_id,phone,consent,first_name\n"
                + "c1,+1 212 555 0101,yes,Ada\nc2,+1 212 555 0102,yes,\"Bob\nc3,+1 212 555 0103,yes,Cy\n");
        Run r = run("customers", "import", file.toString(), "--tenant", "shop", "--parent", "platform", "--db-url", db);
        assertThat(r.exit()).isEqualTo(CustomersCommand.EXIT_FAILED);
        assertThat(r.err()).contains("error: " + file + ":3: row: a quoted value opened on this line is never closed");
        assertThat(r.out()).contains("1 rows: 1 imported").contains("stopped early");
    }
}
