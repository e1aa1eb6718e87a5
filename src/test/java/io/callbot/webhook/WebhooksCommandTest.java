package io.callbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.cli.Main;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code callbot webhooks dead-letters | replay} against a real (H2) database. */
class WebhooksCommandTest {
    private static final WebhookEndpoint CRM = WebhookEndpoint.of("http://127.0.0.1:9/hook", "CRM_SECRET");

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void killAll(DataSource ds, WebhookOutbox outbox) throws Exception {
        OutboxLeases leases = new OutboxLeases(ds, "n1");
        Instant now = Instant.now();
        for (OutboxEntry e : leases.claim(100, now, now.plusSeconds(60))) {
            leases.markDead(e.seq(), 400, "HTTP 400: unknown customer", now);
        }
    }

    @Test
    void listsAndReplaysDeadLettersByIdTenantOrAll() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            DataSource ds = db.database().dataSource();
            String url = db.database().settings().url();
            WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
            List<WebhookEvent> events = List.of(Events.enqueue(ds, outbox, CRM, "acme", "c1", "x"),
                    Events.enqueue(ds, outbox, CRM, "acme", "c2", "x"), Events.enqueue(ds, outbox, CRM, "globex", "c3", "x"));
            killAll(ds, outbox);

            Run list = run("webhooks", "dead-letters", "--db-url", url, "--tenant", "acme");
            assertThat(list.exit()).isZero();
            assertThat(list.out()).contains(events.get(0).eventId().toString(), events.get(1).eventId().toString(),
                    "HTTP 400: unknown customer", "2 dead letter(s)").doesNotContain(events.get(2).eventId().toString());

            Run wrongTenant = run("webhooks", "replay", "--db-url", url, "--tenant", "acme", "--id", events.get(2).eventId().toString());
            assertThat(wrongTenant.exit()).isEqualTo(1);
            assertThat(wrongTenant.err()).contains("no dead letter with event id " + events.get(2).eventId() + " in tenant(s) acme");

            Run one = run("webhooks", "replay", "--db-url", url, "--id", events.get(2).eventId().toString());
            assertThat(one.exit()).isZero();
            assertThat(one.out()).contains("replayed 1 dead letter(s)");

            Run all = run("webhooks", "replay", "--all", "--db-url", url);
            assertThat(all.out()).contains("replayed 2 dead letter(s)");
            assertThat(outbox.backlog().pending()).isEqualTo(3);
            assertThat(outbox.backlog().dead()).isZero();
        }
    }

    @Test
    void replayNeedsExactlyOneOfIdOrAll() {
        assertThat(run("webhooks", "replay", "--db-url", "jdbc:h2:mem:unused").exit()).isEqualTo(2);
        Run both = run("webhooks", "replay", "--all", "--id", UUID.randomUUID().toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(run("webhooks", "replay", "--id", "not-a-uuid").err()).contains("--id");
    }
}
