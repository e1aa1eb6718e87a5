package io.callbot.cli;

import io.callbot.app.CallbotServer;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.LoadResult;
import io.callbot.config.ServerConfig;
import io.callbot.customer.CustomerStore;
import io.callbot.demo.DemoCampaign;
import io.callbot.demo.DemoCrmReceiver;
import io.callbot.demo.DemoCustomers;
import io.callbot.demo.DemoLogFile;
import io.callbot.demo.DemoReport;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.PersonaMixes;
import io.callbot.webhook.SecretResolver;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code callbot demo}: runs one example campaign end to end on the embedded defaults, through the real
 * pipeline (AMI originate to the simulated PBX, AudioSocket, Vosk, dialog, MaryTTS, outcome, profile,
 * signed webhook to a local receiver), then prints the funnel. Runs on the caller's thread.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run a demo campaign end to end on the embedded defaults with a simulated PBX.",
                "Customers are generated; the simulated callers answer with real (synthesized) speech."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--campaign", description = "Campaign file to run (default: ${DEFAULT-VALUE}).",
            defaultValue = "campaigns/winback-coupon.yaml")
    Path campaignFile;

    @Option(names = "--customers", description = "Customers to generate (default: ${DEFAULT-VALUE}).", defaultValue = "200")
    int customers;

    @Option(names = "--calls", description = "How many of them the campaign calls (default: ${DEFAULT-VALUE}).",
            defaultValue = "20")
    int calls;

    @Option(names = "--concurrent", description = "Calls at once (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    int concurrent;

    @Option(names = "--timeout", description = "Give up after this long (default: ${DEFAULT-VALUE}).", defaultValue = "PT5M")
    Duration timeout;

    @Option(names = "--data-dir", description = "Where the demo keeps its database (wiped first; default: ${DEFAULT-VALUE}).",
            defaultValue = "target/demo-data")
    Path dataDir;

    @Option(names = "--keep", description = "Leave the server running after the demo (Ctrl-C to stop).")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        LoadResult loaded = CampaignLoader.load(campaignFile);
        if (!loaded.valid()) {
            loaded.errors().forEach(System.err::println);
            return 1;
        }
        wipe(dataDir);
        String secret = UUID.randomUUID().toString();
        Instant now = Instant.now();
        List<ZoneId> zones = DemoCustomers.daytimeZones(now);
        PersonaBook personas = PersonaMixes.mixedBook(7);
        try (DemoCrmReceiver crm = new DemoCrmReceiver(secret)) {
            Campaign campaign = DemoCampaign.runNow(loaded.campaign(), crm.url(), concurrent);
            ServerConfig config = ServerConfig.fromEnvironment(Map.of("CALLBOT_DATA_DIR", dataDir.toString(),
                    "CALLBOT_AMI_SIMULATED", "true", "CALLBOT_MEDIA_PORT", "0", "CALLBOT_MEDIA_BIND", "127.0.0.1",
                    "CALLBOT_API_PORT", keep ? "8080" : "0", "CALLBOT_NODE_ID", "demo-" + secret.substring(0, 8)));
            out.printf("callbot demo: campaign '%s', %d customers (%d in its audience) in %s%n", campaign.name(),
                    customers, calls, zones);
            Path logFile = dataDir.resolve("demo.log");
            out.println("starting the server (speech models load in a few seconds); its log: " + logFile);
            try (DemoLogFile quiet = new DemoLogFile(logFile);
                    CallbotServer server = CallbotServer.start(config, new CallbotServer.Options(personas, null,
                    SecretResolver.of(Map.of(DemoCampaign.SECRET_ENV, secret)), List.of(campaign)))) {
                int audience = DemoCustomers.create(new CustomerStore(server.database().dataSource(), Clock.systemUTC()),
                        campaign.tenant(), customers, calls, zones, personas, now);
                DemoReport report = new DemoReport(server, campaign, crm);
                boolean done = report.waitForCalls(audience, timeout, out);
                report.print(out, audience);
                String dbUrl = "'" + io.callbot.store.DatabaseSettings.h2FileUrl(
                        dataDir.resolve("callbot").toAbsolutePath().toString()) + "'";
                if (keep) {
                    // only while the server runs: a URL printed after it stopped would lead nowhere
                    out.printf("%nDashboard and API: http://127.0.0.1:%d/ (create a token with: ./callbot tokens create"
                            + " --tenant %s --db-url %s)%n", server.apiPort(), campaign.tenant(), dbUrl);
                    out.println("--keep: the server keeps running; press Ctrl-C to stop.");
                    Thread.currentThread().join();
                } else {
                    out.printf("%nThe server has stopped. To explore the calls in the dashboard: ./callbot demo --keep;"
                            + " a token for this demo's database: ./callbot tokens create --tenant %s --db-url %s%n",
                            campaign.tenant(), dbUrl);
                }
                return done ? 0 : 1;
            }
        }
    }

    private static void wipe(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
    }
}
