package io.callbot.cli;

import io.callbot.api.JdbcTenantStore;
import io.callbot.api.Tenant;
import io.callbot.store.Database;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code callbot tenants create|list}: the tenancy tree (platform, merchants, sub-merchants); caller's thread. */
@Command(name = "tenants", mixinStandardHelpOptions = true,
        description = {"Create and list tenants. A campaign file's tenant is created as a merchant by serve,",
                "and by tokens create, so most installs never need this."},
        footer = {"", "Examples:", "  callbot tenants create acme", "  callbot tenants create acme-east --parent acme",
                "  callbot tenants list"})
final class TenantsCommand {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a tenant.")
    int create(@Parameters(paramLabel = "ID", description = "Tenant id: 1-64 of a-z, 0-9, '_' or '-'.") String id,
               @Option(names = "--parent", defaultValue = "platform",
                       description = "platform (default) makes a merchant; a merchant's id makes a sub-merchant.")
               String parent,
               @CommandLine.Mixin DatabaseOptions db) {
        try (Database database = db.open()) {
            Tenant t = new JdbcTenantStore(database.dataSource()).create(id, parent);
            spec.commandLine().getOut().printf("created tenant %s (%s under %s)%n", t.id(),
                    t.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), parent);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tenants.")
    int list(@CommandLine.Mixin DatabaseOptions db) {
        try (Database database = db.open()) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-24s  %-24s  %s%n", "ID", "PARENT", "KIND");
            for (Tenant t : new JdbcTenantStore(database.dataSource()).all()) {
                out.printf("%-24s  %-24s  %s%n", t.id(), t.parentId() == null ? "-" : t.parentId(), t.kind());
            }
            out.flush();
            return 0;
        }
    }
}
