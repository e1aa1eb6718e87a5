package io.callbot.cli;

import io.callbot.store.Database;
import io.callbot.webhook.DeadLetter;
import io.callbot.webhook.TenantFilter;
import io.callbot.webhook.WebhookOutbox;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code callbot webhooks dead-letters} lists events the CRM never accepted; {@code callbot webhooks replay} queues
 * them again (a running server's sender picks them up on its next poll). Runs on the caller's thread.
 */
@Command(name = "webhooks", mixinStandardHelpOptions = true,
        description = "Inspect and replay webhook dead letters.",
        subcommands = {WebhooksCommand.DeadLetters.class, WebhooksCommand.Replay.class})
public final class WebhooksCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Shared options (a picocli mixin): where the database is, and which tenants. */
    static final class DbOptions {
        @Mixin
        DatabaseOptions location;

        @Option(names = "--tenant", paramLabel = "TENANT",
                description = "Only this tenant (repeatable); default all tenants.")
        List<String> tenants;

        Database open() {
            return location.open();
        }

        TenantFilter scope() {
            return tenants == null || tenants.isEmpty() ? TenantFilter.all() : TenantFilter.of(tenants.toArray(String[]::new));
        }

    }

    @Command(name = "dead-letters", mixinStandardHelpOptions = true, description = "List undelivered events, newest first.")
    static final class DeadLetters implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOptions db;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() throws SQLException {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = db.open()) {
                List<DeadLetter> letters = new WebhookOutbox(database.dataSource(), Clock.systemUTC())
                        .deadLetters(db.scope(), limit);
                out.printf("%-36s  %-12s  %-16s  %-16s  %8s  %6s  %-20s  %s%n", "EVENT_ID", "TENANT", "CAMPAIGN",
                        "TYPE", "ATTEMPTS", "STATUS", "DEAD_AT", "LAST_ERROR");
                for (DeadLetter d : letters) {
                    out.printf("%-36s  %-12s  %-16s  %-16s  %8d  %6s  %-20s  %s%n", d.eventId(), d.tenant(),
                            d.campaignId(), d.eventType(), d.attempts(), d.lastStatus() == null ? "-" : d.lastStatus(),
                            d.deadAt(), d.lastError());
                }
                out.printf("%d dead letter(s)%n", letters.size());
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Queue dead letters for delivery again, with a fresh retry window.")
    static final class Replay implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOptions db;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        static final class Which {
            @Option(names = "--id", paramLabel = "EVENT_ID", description = "The event id of one dead letter.")
            UUID id;

            @Option(names = "--all", description = "Every dead letter (in --tenant, if given).")
            boolean all;
        }

        @Override
        public Integer call() throws SQLException {
            try (Database database = db.open()) {
                WebhookOutbox outbox = new WebhookOutbox(database.dataSource(), Clock.systemUTC());
                TenantFilter scope = db.scope();
                int n = which.id != null ? outbox.replay(which.id, scope) : outbox.replayAll(scope);
                if (which.id != null && n == 0) {
                    spec.commandLine().getErr().printf("no dead letter with event id %s%s%n", which.id,
                            scope.isAll() ? "" : " in tenant(s) " + String.join(", ", scope.tenants()));
                    spec.commandLine().getErr().flush();
                    return 1;
                }
                spec.commandLine().getOut().printf("replayed %d dead letter(s)%n", n);
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
