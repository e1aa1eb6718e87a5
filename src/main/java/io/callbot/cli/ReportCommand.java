package io.callbot.cli;

import io.callbot.call.TranscriptStore;
import io.callbot.store.Database;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code callbot report ...}: reports for marketers from the call records. Runs on the caller's thread. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports from the stored calls.",
        subcommands = ReportCommand.NoMatch.class)
public final class ReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code callbot report no-match CAMPAIGN_ID --tenant T}: what callers said that matched no intent. */
    @Command(name = "no-match", mixinStandardHelpOptions = true,
            description = "The most frequent caller answers that matched no intent, per state, most frequent first.")
    static final class NoMatch implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "CAMPAIGN_ID", description = "The campaign's id.")
        String campaignId;

        @Option(names = "--tenant", required = true, paramLabel = "T", description = "Tenant owning the campaign.")
        String tenant;

        @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Answers to show (default ${DEFAULT-VALUE}).")
        int limit;

        @CommandLine.Mixin
        DatabaseOptions db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            if (limit <= 0) {
                spec.commandLine().getErr().println("report no-match: --limit must be > 0, was " + limit);
                return 1;
            }
            List<TranscriptStore.NoMatch> rows;
            try (Database database = db.open()) {
                rows = new TranscriptStore(database.dataSource()).noMatchReport(tenant, campaignId, limit);
            }
            ReportNoMatchTable.print(campaignId, tenant, rows, out);
            return 0;
        }
    }
}
