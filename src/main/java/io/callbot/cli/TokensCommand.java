package io.callbot.cli;

import io.callbot.api.IssuedToken;
import io.callbot.api.JdbcTenantStore;
import io.callbot.api.JdbcTokenStore;
import io.callbot.api.TokenInfo;
import io.callbot.api.TokenRole;
import io.callbot.store.Database;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code callbot tokens create|revoke|list}: manages API tokens in the database; runs on the caller's thread. */
@Command(
        name = "tokens",
        mixinStandardHelpOptions = true,
        description = "Create, revoke and list API tokens (stored hashed; a new token is printed once).",
        footer = {"", "Examples:", "  callbot tokens create --tenant acme-shop",
                "  callbot tokens create --tenant acme --parent platform",
                "  callbot tokens create --tenant acme-east --parent acme --role READ",
                "  callbot tokens list", "  callbot tokens revoke 2f1c...-..."})
public final class TokensCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;


    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token for a tenant and print it once (only its hash is stored).")
    int create(@Option(names = "--tenant", required = true, description = "Tenant id (e.g. acme, or platform).")
               String tenant,
               @Option(names = "--parent", description = "Create a missing tenant under this parent: platform makes a"
                       + " merchant, a merchant makes a sub-merchant. Without it, a missing tenant that a campaign"
                       + " file names is created as a merchant.") String parent,
               @Option(names = "--role", defaultValue = "ADMIN", description = "ADMIN (read and change) or READ.")
               TokenRole role,
               @Option(names = "--name", description = "Who or what uses the token (e.g. ops-alice, crm-sync);"
                       + " audit log lines name it.") String name,
               @CommandLine.Mixin DatabaseOptions db) {
        try (Database database = db.open()) {
            JdbcTenantStore tenants = new JdbcTenantStore(database.dataSource());
            if (tenants.find(tenant).isEmpty()) {
                createTenant(tenants, tenant, parent, db);
            }
            IssuedToken issued = new JdbcTokenStore(database.dataSource(), Clock.systemUTC()).create(tenant, role, name);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("token id %s for tenant %s, role %s%n", issued.info().id(), tenant, role);
            out.println(issued.token());
            out.println("Store the token now: it is not shown again.");
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
    }

    /**
     * A missing tenant is created under {@code --parent}, or, without it, as a merchant when a campaign file names it
     * (the first-hour path: the README's campaigns belong to acme-shop).
     */
    private void createTenant(JdbcTenantStore tenants, String tenant, String parent, DatabaseOptions db) {
        if (parent == null) {
            java.nio.file.Path dir = db.campaignsDir();
            if (!CampaignTenants.named(dir).contains(tenant)) {
                throw new IllegalArgumentException("tenant '" + tenant + "' does not exist and no campaign in " + dir
                        + " names it; create it with --parent platform (a merchant) or --parent MERCHANT"
                        + " (a sub-merchant), or with: callbot tenants create " + tenant);
            }
            parent = "platform";
        }
        tenants.create(tenant, parent);
        spec.commandLine().getOut().printf("created tenant %s under %s%n", tenant, parent);
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
    int revoke(@Parameters(paramLabel = "ID", description = "Token id as printed by create or list.") String id,
               @CommandLine.Mixin DatabaseOptions db) {
        try (Database database = db.open()) {
            if (!new JdbcTokenStore(database.dataSource(), Clock.systemUTC()).revoke(id)) {
                return fail("no valid token with id " + id + " (see callbot tokens list)");
            }
            spec.commandLine().getOut().println("revoked " + id);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never their secrets).")
    int list(@CommandLine.Mixin DatabaseOptions db) {
        try (Database database = db.open()) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-36s  %-20s  %-5s  %-24s  %s%n", "ID", "TENANT", "ROLE", "CREATED", "REVOKED");
            for (TokenInfo t : new JdbcTokenStore(database.dataSource(), Clock.systemUTC()).list()) {
                out.printf("%-36s  %-20s  %-5s  %-24s  %s%n", t.id(), t.tenantId(), t.role(), t.createdAt(),
                        t.revokedAt() == null ? "-" : t.revokedAt());
            }
            out.flush();
            return 0;
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("error: " + message);
        spec.commandLine().getErr().flush();
        return 2;
    }
}
