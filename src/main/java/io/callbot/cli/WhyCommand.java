package io.callbot.cli;

import io.callbot.campaign.CampaignDirectory;
import io.callbot.campaign.CampaignListener;
import io.callbot.config.ServerConfig;
import io.callbot.customer.AudienceQuery;
import io.callbot.customer.CustomerRef;
import io.callbot.customer.CustomerStore;
import io.callbot.launch.CustomerWhy;
import io.callbot.schedule.TickSettings;
import io.callbot.schedule.WhyAnswer;
import io.callbot.schedule.WhyReason;
import io.callbot.store.Database;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code callbot why CUSTOMER --campaign ID --tenant T}: whether the campaign calls the customer now and, if not,
 * every rule that keeps it out, worked out now from the campaign files, the customer store and the ledger of the
 * configured server. Runs on the caller's thread.
 */
@Command(name = "why", mixinStandardHelpOptions = true,
        description = {"Explain whether a campaign calls a customer now and, if not, which rules keep it out"
                + " (audience tag or attribute, do-not-call, consent, calling window, frequency cap, retries and"
                + " attempts, campaign state).",
                "Exit codes: 0 explained, 3 no such customer (or campaign), 1 error."})
public final class WhyCommand implements Callable<Integer> {
    static final int NOT_FOUND = 3;

    @Parameters(index = "0", paramLabel = "CUSTOMER",
            description = "The customer's external (CRM) id; id:N for callbot's internal id.")
    String customer;

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
        PrintWriter err = spec.commandLine().getErr();
        CustomerRef ref;
        try {
            ref = CustomerRef.parse(customer);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        ServerConfig config = db.config();
        try (Database database = db.open()) {
            var ds = database.dataSource();
            // the campaigns as the server runs them: the recorded owner of an id two files claim, the last valid
            // version of a file whose latest edit is invalid
            CampaignDirectory campaigns = new CampaignDirectory(config.path("campaigns.dir"), Duration.ZERO,
                    Clock.systemUTC(), io.callbot.campaign.TransferCheck.shipped(),
                    new io.callbot.schedule.JdbcCampaignFileRecords(ds));
            campaigns.scan(CampaignListener.NONE);
            CustomerWhy why = new CustomerWhy(ds, new CustomerStore(ds, Clock.systemUTC()),
                    new AudienceQuery(ds, Clock.systemUTC()), TickSettings.fromConfig(config, "why"),
                    Clock.systemUTC(), campaigns.catalog()::get);
            Optional<CustomerWhy.Answer> answer = why.explain(tenant, ref, campaignId);
            if (answer.isEmpty()) {
                err.println("no customer " + describe(ref) + " in tenant " + tenant
                        + (ref.internalId() == null ? " (give callbot's internal id as id:N)" : ""));
                err.flush();
                return NOT_FOUND;
            }
            print(out, answer.get());
            out.flush();
            boolean unknownCampaign = answer.get().answer().reasons().stream()
                    .anyMatch(r -> r.code().equals("CAMPAIGN_UNKNOWN"));
            return unknownCampaign ? NOT_FOUND : CommandLine.ExitCode.OK;
        }
    }

    private static String describe(CustomerRef ref) {
        return ref.internalId() != null ? "with internal id " + ref.internalId()
                : "with external id '" + ref.externalId() + "'";
    }

    private void print(PrintWriter out, CustomerWhy.Answer a) {
        var p = a.customer();
        WhyAnswer w = a.answer();
        out.printf("customer %s (internal id %d, tenant %s), campaign %s, at %s%n", p.externalId(), p.id(),
                p.tenant(), campaignId, w.at());
        if (w.dueNow()) {
            out.println("due now: no rule keeps the customer out; the next ticks call them, by priority, as capacity"
                    + " allows");
        } else {
            out.println("not called now, because:");
            for (WhyReason r : w.reasons()) {
                out.printf("  - %s: %s%n", r.code(), r.message());
            }
            out.println(w.nextEligibleAt() != null ? "eligible again from " + w.nextEligibleAt()
                    : "not eligible again until a rule above changes");
        }
        if (w.attempts().isEmpty()) {
            out.println("no call attempts in this campaign");
        } else {
            out.println("attempts:");
            w.attempts().forEach(line -> out.println("  " + line));
        }
    }
}
