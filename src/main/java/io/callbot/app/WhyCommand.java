package io.callbot.app;

import io.callbot.customer.Database;
import io.callbot.schedule.WhyQuery;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code callbot why CUSTOMER_ID --campaign ID --tenant T}: why a customer was or was not called, from the
 * ledger and the skip log of the configured database. Runs on the caller's thread.
 */
@Command(name = "why", mixinStandardHelpOptions = true,
        description = "Explain why a customer was or was not called in a campaign.")
public final class WhyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CUSTOMER_ID", description = "The customer's id in the store.")
    String customerId;

    @Option(names = "--campaign", required = true, paramLabel = "ID", description = "Campaign id.")
    String campaignId;

    @Option(names = "--tenant", required = true, paramLabel = "T", description = "Tenant owning the campaign.")
    String tenant;

    @CommandLine.Mixin
    DatabaseOptions db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = db.open()) {
            new WhyQuery(database.dataSource()).explain(tenant, campaignId, customerId).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
