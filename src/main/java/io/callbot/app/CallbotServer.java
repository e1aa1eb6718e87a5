package io.callbot.app;

import io.callbot.api.ApiServer;
import io.callbot.api.RecordingLinks;
import io.callbot.asr.TurnSettings;
import io.callbot.call.ActiveCalls;
import io.callbot.call.CallServices;
import io.callbot.call.CampaignPrompts;
import io.callbot.call.CrmEvents;
import io.callbot.call.OutcomeSpillFile;
import io.callbot.call.OutcomeWriter;
import io.callbot.call.TranscriptStore;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignCatalog;
import io.callbot.campaign.CampaignDirectory;
import io.callbot.campaign.CampaignListener;
import io.callbot.campaign.CampaignWatcher;
import io.callbot.campaign.TransferCheck;
import io.callbot.config.DaemonThreads;
import io.callbot.config.ServerConfig;
import io.callbot.customer.AudienceQuery;
import io.callbot.customer.CustomerStore;
import io.callbot.dial.AmiDialer;
import io.callbot.launch.AttemptLauncher;
import io.callbot.launch.AttemptSettlement;
import io.callbot.launch.AudienceCandidates;
import io.callbot.launch.CrmAttemptEvents;
import io.callbot.launch.OptOuts;
import io.callbot.media.AudioSocketServer;
import io.callbot.media.AudioSocketServerConfig;
import io.callbot.media.PlaybackPacer;
import io.callbot.pbx.TransferTarget;
import io.callbot.schedule.AttemptLedger;
import io.callbot.schedule.CampaignScheduler;
import io.callbot.schedule.CampaignTick;
import io.callbot.schedule.LedgerSettlement;
import io.callbot.schedule.TickSettings;
import io.callbot.sim.PersonaDirectory;
import io.callbot.sim.SimOptions;
import io.callbot.sim.SimulatedPbx;
import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import io.callbot.webhook.SecretResolver;
import io.callbot.webhook.WebhookOutbox;
import io.callbot.webhook.WebhookSender;
import io.callbot.webhook.WebhookSenderSettings;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole robot in one process: database, campaigns, dialer (Asterisk or the simulated PBX), media server,
 * speech, dialog sessions, outcome writer, webhooks and the Quartz scheduler. Built and started by
 * {@link #start}, subsystem by subsystem from their settings ({@link VoiceSubsystem}, {@link DialingSubsystem},
 * {@link ApiSubsystem}); {@link #close} stops it in reverse order. Methods are called from the command's thread.
 */
public final class CallbotServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CallbotServer.class);

    /**
     * What a caller of {@link #start} may change beyond the configuration (the demo and tests use these).
     *
     * @param simulation adjusts the simulated PBX (its dialplan, its agents), applied last; null for none
     */
    public record Options(PersonaDirectory personas, io.callbot.sim.AnsweredCallHandler simHandler,
            SecretResolver secrets, List<Campaign> campaigns, UnaryOperator<SimOptions> simulation) {
        public Options(PersonaDirectory personas, io.callbot.sim.AnsweredCallHandler simHandler, SecretResolver secrets,
                List<Campaign> campaigns) {
            this(personas, simHandler, secrets, campaigns, null);
        }

        public static Options defaults() {
            return new Options(null, null, SecretResolver.environment(), null);
        }
    }

    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final Clock clock = Clock.systemUTC();
    private CampaignCatalog catalog;
    private CampaignDirectory directory;
    private boolean rescanSoon;
    private CampaignWatcher watcher;
    private Database database;
    private AttemptLauncher router;
    private ActiveCalls calls;
    private CampaignScheduler scheduler;
    private CampaignTick tick;
    private AttemptLedger ledger;
    private VoiceSubsystem voice;
    private DialingSubsystem dialing;
    private WebhookSender sender;
    private InetSocketAddress mediaAddress;
    private ApiServer api;
    private final ServerMetrics metrics = new ServerMetrics();
    private CallServices callServices;
    private CrmAttemptEvents attemptEvents;
    private CrmEvents crmEvents;
    private io.callbot.customer.FilterIndexes filterIndexes;

    private CallbotServer() {
    }

    public static CallbotServer start(ServerConfig config, Options options) throws Exception {
        CallbotServer server = new CallbotServer();
        try {
            server.boot(config, options);
            return server;
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    private void boot(ServerConfig config, Options options) throws Exception {
        String nodeId = nodeId(config);
        Path dataDir = config.path("data.dir");
        Path recordingsDir = config.optional("media.recordings_dir") != null ? config.path("media.recordings_dir")
                : dataDir.resolve("recordings");
        io.callbot.store.OwnerOnlyFiles.directory(dataDir);
        database = Database.open(DatabaseSettings.fromConfig(config));
        var ds = database.dataSource();
        TransferCheck transfers = DialingSubsystem.transfers(config);
        VoiceSubsystem.Settings voiceSettings = VoiceSubsystem.Settings.from(config);
        loadCampaigns(config, options, transfers, voiceSettings.models(), ds);
        List<String> added = new io.callbot.api.JdbcTenantStore(ds).ensureMerchants(
                catalog.campaigns().values().stream().map(Campaign::tenant).toList());
        if (!added.isEmpty()) {
            log.info("tenant(s) {} created as merchants under platform: campaign files name them", added);
        }
        CustomerStore customers = new CustomerStore(ds, clock);

        voice = VoiceSubsystem.start(voiceSettings, metrics, this::keep);
        PlaybackPacer pacer = keep(PlaybackPacer.realTime(1));
        ExecutorService callPool = Executors.newFixedThreadPool(2, DaemonThreads.numbered("call"));
        closeables.add(callPool::shutdownNow);
        ExecutorService writerPool = Executors.newFixedThreadPool(2, DaemonThreads.numbered("outcome-writer"));
        closeables.add(writerPool::shutdownNow);
        ExecutorService indexPool = Executors.newSingleThreadExecutor(DaemonThreads.numbered("filter-index"));
        closeables.add(indexPool::shutdownNow);
        filterIndexes = new io.callbot.customer.FilterIndexes(ds, indexPool);
        OutcomeSpillFile outcomeSpill = new OutcomeSpillFile(dataDir.resolve("outcome-spill.jsonl"));
        ScheduledExecutorService writeRetryTimer =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.numbered("outcome-retry"));
        closeables.add(writeRetryTimer::shutdownNow);

        sender = keep(new WebhookSender(ds, WebhookSenderSettings.defaults(nodeId)
                .withMaxAge(config.duration("webhook.max_age"))
                .withConcurrency(config.integer("webhook.max_in_flight"), config.integer("webhook.per_endpoint_concurrency")),
                options.secrets(), clock));
        ledger = new AttemptLedger(ds);
        dialing = DialingSubsystem.start(DialingSubsystem.Settings.from(config), options, voice.prompts, transfers,
                ledger, () -> catalog.campaigns(), metrics, clock, this::keep);
        AmiDialer dialer = dialing.dialer;
        WebhookOutbox outbox = new WebhookOutbox(ds, clock);
        CrmEvents crmEvents = new CrmEvents((tenant, id) -> customers.get(tenant, id)
                .map(p -> p.phone()).orElse(null), RecordingLinks.of(config.optional("api.public_url"), recordingsDir));
        this.crmEvents = crmEvents;
        attemptEvents = new CrmAttemptEvents(crmEvents, outbox, customers,
                (tenant, id) -> catalog.get(tenant, id));
        TickSettings tickSettings = TickSettings.fromConfig(config, nodeId);
        AttemptSettlement settlement = new AttemptSettlement(ledger,
                new LedgerSettlement(ledger, tickSettings, attemptEvents), customers,
                new OptOuts(customers, ledger, clock), new TranscriptStore(ds), outbox, crmEvents);
        OutcomeWriter writer = new OutcomeWriter(settlement, writerPool, OutcomeWriter.Retries.defaults(writeRetryTimer,
                        record -> {
                            outcomeSpill.append(record);
                            metrics.outcomeSpilled(record);
                        }),
                record -> {
                    metrics.outcome(record);
                    router.callWritten(record);
                    sender.wakeUp();
                });
        callServices = new CallServices(voice.recognizer, voice.prompts, voice::recordings, CallServices::campaignVoice,
                dialer, TurnSettings.defaults(), callPool, clock, TransferTarget.CONTEXT, metrics.calls());
        calls = new ActiveCalls(callServices, writer);
        AudioSocketServer media = keep(new AudioSocketServer(AudioSocketServerConfig.defaults()
                .withBind(config.string("media.bind"), config.integer("media.port"))
                .withRecordingDirectory(recordingsDir), calls, pacer));
        mediaAddress = media.start();
        String advertise = config.integer("media.port") == 0
                ? "127.0.0.1:" + mediaAddress.getPort() : config.string("media.advertise");
        router = new AttemptLauncher(dialer, calls, customers, advertise, "callbot-outbound",
                r -> markAnswered(r, writerPool), settlement, clock);
        replaySpilledOutcomes(outcomeSpill, writer);
        tick = new CampaignTick(ds, new AudienceCandidates(new AudienceQuery(ds, clock)), router,
                TickSettings.fromConfig(config, nodeId), clock, metrics.ticks(), attemptEvents);
        sender.start();
        scheduler = keep(new CampaignScheduler(ds, "callbot", 2, tick,
                TickSettings.fromConfig(config, nodeId), clock));
        scheduler.start();
        for (Campaign c : catalog.campaigns().values()) {
            scheduler.schedule(c);
        }
        watchCampaigns(config);
        api = ApiSubsystem.start(ApiSubsystem.Settings.from(config), new ApiSubsystem.Parts(ds, customers, catalog,
                scheduler, calls, crmEvents, recordingsDir, dialing.alarms, voice.recognizer != null), metrics, clock,
                this::keep);
        log.info("callbot ready: {} campaign(s), media on {}, API and dashboard on http://{}:{}/, AMI {}",
                catalog.campaigns().size(), mediaAddress, config.string("api.bind"), api.port(),
                dialing.pbx != null ? "simulated on port " + dialing.pbx.port() : config.string("ami.host") + ":" + config.string("ami.port"));
        // after "ready": warming runs on the prompt cache's background thread and must not hold up start-up
        catalog.campaigns().values().forEach(this::prepare);
    }

    /** A campaign loaded or edited: warm its prompts and build the filter indexes its audience counts use, both in the background. */
    private void prepare(Campaign campaign) {
        warmPrompts(campaign);
        filterIndexes.ensureFor(campaign.tenant(), campaign.id(), campaign.audience());
    }

    /** Renders a campaign's static prompts in the background, so its first calls hit the cache. */
    private void warmPrompts(Campaign campaign) {
        try {
            CampaignPrompts.warm(campaign, callServices);
        } catch (RuntimeException e) {
            log.warn("campaign {}: could not start warming its prompts: {}", campaign.id(), e.toString());
        }
    }

    /** The bound API port (the configured one, or the OS's choice for 0). */
    public int apiPort() {
        return api.port();
    }

    /** Stable across restarts, so that reconciliation at start settles the calls this node left open. */
    private static String nodeId(ServerConfig config) {
        if (config.optional("node.id") != null) {
            return config.string("node.id");
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "node-" + UUID.randomUUID().toString().substring(0, 8);
        }
    }

    private void loadCampaigns(ServerConfig config, Options options, TransferCheck transfers,
            io.callbot.campaign.AsrModelCheck models, javax.sql.DataSource ds) throws java.io.IOException {
        if (options.campaigns() != null) {
            catalog = new CampaignCatalog(options.campaigns());
            return;
        }
        // the first scan of campaigns.dir; it logs every invalid file. The records in the database say which file
        // owns a campaign two files claim, and the last valid version of a file whose latest edit is invalid.
        boolean watch = config.bool("campaigns.watch");
        directory = new CampaignDirectory(config.path("campaigns.dir"),
                watch ? CampaignWatcher.Settings.DEBOUNCE : Duration.ZERO, clock, transfers, models,
                new io.callbot.schedule.JdbcCampaignFileRecords(ds));
        rescanSoon = directory.scan(CampaignListener.NONE);
        catalog = directory.catalog();
    }

    /** From now on, edits of campaigns.dir reach the scheduler (see docs/campaign-format.md, "Editing a running campaign"). */
    private void watchCampaigns(ServerConfig config) {
        if (directory == null || !config.bool("campaigns.watch")) {
            return;
        }
        watcher = keep(new CampaignWatcher(directory, new CampaignReloads(scheduler, voice::forget, this::prepare),
                CampaignWatcher.Settings.of(config.duration("campaigns.rescan_interval"))).start());
        if (rescanSoon) {
            watcher.scanSoon();
        }
    }

    /**
     * DIALING to IN_CALL in the ledger when the PBX says the customer answered, off the dialer's event thread; a
     * call that already finished stays finished (the update only moves DIALING rows).
     */
    private void markAnswered(io.callbot.dial.CallResult r, ExecutorService pool) {
        if (!r.answered()) {
            return;
        }
        try {
            pool.execute(() -> {
                try {
                    ledger.markInCall(r.attemptId(), clock.instant());
                } catch (java.sql.SQLException | RuntimeException e) {
                    log.warn("attempt {} not marked IN_CALL: {}", r.attemptId(), e.getMessage());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // shutting down: the row stays DIALING, which reconciliation treats the same as IN_CALL
        }
    }

    /** Where the subsystems register what the server closes, in reverse order, when it stops. */
    interface Closeables {
        <T extends AutoCloseable> T keep(T closeable);
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        closeables.add(closeable);
        return closeable;
    }

    /** Writes the call records an earlier run could not, before any new call starts; each at most once. */
    private void replaySpilledOutcomes(OutcomeSpillFile spill, OutcomeWriter writer) throws java.io.IOException {
        var replayed = spill.replay((tenant, id) -> catalog.get(tenant, id), writer::replay);
        if (!replayed.equals(new OutcomeSpillFile.Replayed(0, 0, 0, 0))) {
            log.warn("spilled call records replayed from {}: {}", spill.file(), replayed);
        }
    }

    public Database database() {
        return database;
    }

    /** The campaigns in force now (a snapshot; the watcher replaces versions as files change). */
    public Map<io.callbot.campaign.CampaignKey, Campaign> campaigns() {
        return catalog.campaigns();
    }

    public ActiveCalls calls() {
        return calls;
    }

    public SimulatedPbx simulatedPbx() {
        return dialing == null ? null : dialing.pbx;
    }

    public CampaignTick tick() {
        return tick;
    }

    /** Stops releasing calls; calls already placed go on. */
    public void stopReleasingCalls() {
        if (watcher != null) {
            watcher.close();
        }
        if (router != null) {
            router.stopAccepting();
        }
        if (scheduler != null) {
            scheduler.stop();
        }
    }

    /** Attempts placed and not settled yet. */
    public int callsInProgress() {
        return router == null ? 0 : router.pending();
    }

    @Override
    public void close() {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                log.warn("while stopping: {}", e.toString());
            }
        }
        if (database != null) {
            database.close();
        }
    }
}
