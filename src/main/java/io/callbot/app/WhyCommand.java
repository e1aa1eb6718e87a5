package io.callbot.app;

import io.callbot.config.ConfigException;
import io.callbot.config.ServerConfig;
import io.callbot.customer.Database;
import io.callbot.customer.DatabaseSettings;
import io.callbot.schedule.WhyQuery;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Option(names = "--config", paramLabel = "FILE", description = "callbot.yaml (default: defaults + CALLBOT_* env).")
    Path configFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        try {
            config = ServerConfig.load(configFile, System.getenv());
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        }
        try (Database db = Database.open(settings(config))) {
            new WhyQuery(db.dataSource()).explain(tenant, campaignId, customerId).forEach(out::println);
        }
        out.flush();
        return 0;
    }

    static DatabaseSettings settings(ServerConfig config) {
        String url = config.string("db.url");
        if (url.isBlank()) {
            return DatabaseSettings.embedded(config.path("data.dir").resolve("callbot").toString());
        }
        String user = config.string("db.user");
        return new DatabaseSettings(url, user, config.string("db.password"), config.integer("db.max_pool_size"), null);
    }
}
