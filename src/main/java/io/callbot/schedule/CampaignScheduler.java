package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignKey;
import io.callbot.campaign.Schedule;
import io.callbot.config.DaemonThreads;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz with its JDBC job store in the application database: one durable job per campaign (named by its id, in
 * a group per tenant: campaign ids are unique per tenant only), fired by the
 * campaign's cron in its timezone between its start and end dates; a misfire after downtime fires nothing
 * (the next regular fire takes over), so a restart never releases a burst.
 * <p>
 * Each node has its own scheduler in the shared tables (Quartz instance name {@code <name>@<node id>}, not
 * Quartz's clustered mode), so every node ticks every campaign and releases calls on its own dialer. Quartz
 * clustering runs one campaign's job on one node at a time, and in practice always the same one: a campaign's
 * calls then all went out through one node while the others idled. Several nodes ticking one campaign cannot
 * dial a customer twice: the ledger's unique claim (campaign, customer, attempt_no) lets exactly one of them
 * have each attempt. Pausing and resuming are campaign states in the database, which every node's tick checks,
 * so they take effect cluster-wide. Also runs the lease heartbeat of this node's live attempts. Thread-safe.
 */
public final class CampaignScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CampaignScheduler.class);

    private final String schedulerName;
    private final CampaignTick tick;
    private final TickSettings settings;
    private final Clock clock;
    private final Scheduler quartz;
    private final CampaignVersions versions;
    private final Map<CampaignKey, Campaign> campaigns = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("callbot-lease-heartbeat"));

    /**
     * @param schedulerName base of the Quartz scheduler name; the node id is appended, so nodes sharing a
     *                      database keep their jobs apart
     * @param threads       Quartz worker threads (ticks of different campaigns run in parallel)
     */
    public CampaignScheduler(DataSource dataSource, String schedulerName, int threads,
                             CampaignTick tick, TickSettings settings, Clock clock) {
        this.schedulerName = schedulerName + "@" + settings.nodeId();
        this.tick = tick;
        this.settings = settings;
        this.clock = clock;
        this.versions = new CampaignVersions(dataSource);
        String dsName = "callbot-" + schedulerName + "-" + settings.nodeId();
        DBConnectionManager.getInstance().addConnectionProvider(dsName, new DataSourceConnectionProvider(dataSource));
        try {
            this.quartz = new StdSchedulerFactory(properties(dsName, threads)).getScheduler();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz could not be created: " + e.getMessage(), e);
        }
    }

    private Properties properties(String dsName, int threads) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", schedulerName);
        p.setProperty("org.quartz.scheduler.instanceId", settings.nodeId());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "callbot-tick-" + settings.nodeId());
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        // The tables use BYTEA, which H2 accepts in PostgreSQL mode, so one delegate serves both databases.
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dsName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "30000");
        p.setProperty("org.quartz.jobStore.isClustered", "false"); // one scheduler per node: see the class comment
        return p;
    }

    /**
     * Reconciles this node's attempts left open by a crash (QUEUED: cancelled; DIALING / IN_CALL: UNKNOWN),
     * hands the tick to the jobs (through Quartz's job factory), starts the lease heartbeat and then Quartz.
     */
    public void start() throws SQLException, SchedulerException {
        int settled = tick.ledger().reconcileOnStart(settings.nodeId(), clock.instant(), tick.events());
        log.info("scheduler {} node {} starting; {} attempt(s) left open by a previous run reconciled",
                schedulerName, settings.nodeId(), settled);
        quartz.setJobFactory(new TickJobFactory(this::runTick));
        dropLegacyJobs();
        long every = Math.max(1000, settings.lease().toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
        quartz.start();
    }

    /** Stops releasing calls: standby at once, then waits for running ticks; live calls are not touched. */
    public void stop() {
        try {
            quartz.standby();
            quartz.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("Quartz did not shut down cleanly: {}", e.getMessage());
        } finally {
            heartbeat.shutdownNow();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Schedules a campaign, or replaces the version of one already scheduled: the next tick uses the new version,
     * the ledger rows stay (they are keyed by tenant and campaign id), and the trigger is rebuilt only when the cron, timezone
     * or dates changed (so an edit of the dialog does not move the next fire). A paused campaign stays paused; one
     * whose end date has passed is marked completed and not scheduled. Returns true when the trigger was
     * (re)built, false when only the version changed or the campaign is over.
     */
    public boolean schedule(Campaign campaign) throws SQLException, SchedulerException {
        Instant now = clock.instant();
        CampaignKey key = campaign.key();
        tick.states().register(key, campaign.version(), now);
        versions.record(campaign, now);
        Campaign previous = campaigns.put(key, campaign);
        Schedule s = campaign.schedule();
        if (s.end() != null && !now.isBefore(s.end().plusDays(1).atStartOfDay(s.timezone()).toInstant())) {
            tick.states().transition(key, CampaignLifecycle.COMPLETED, now);
            quartz.deleteJob(jobKey(key));
            return false;
        }
        JobDetail job = JobBuilder.newJob(CampaignTickJob.class).withIdentity(jobKey(key))
                .usingJobData(CampaignTickJob.TENANT, campaign.tenant())
                .usingJobData(CampaignTickJob.CAMPAIGN, campaign.id())
                .usingJobData(CampaignTickJob.VERSION, campaign.version())
                .storeDurably().build();
        quartz.addJob(job, true);
        if (previous != null && sameTiming(previous.schedule(), s) && quartz.checkExists(triggerKey(key))) {
            log.info("campaign {} version {} in force; cron '{}' in {} unchanged, trigger kept", key,
                    campaign.version(), s.cron(), s.timezone());
            return false;
        }
        Trigger trigger = trigger(campaign, now);
        try {
            if (quartz.checkExists(trigger.getKey())) {
                quartz.rescheduleJob(trigger.getKey(), trigger);
            } else {
                quartz.scheduleJob(trigger);
            }
        } catch (ObjectAlreadyExistsException e) {
            quartz.rescheduleJob(trigger.getKey(), trigger); // a cluster peer scheduled it at the same moment
        }
        log.info("campaign {} version {} scheduled: cron '{}' in {}", key, campaign.version(), s.cron(),
                s.timezone());
        return true;
    }

    private static boolean sameTiming(Schedule a, Schedule b) {
        return a.cron().equals(b.cron()) && a.timezone().equals(b.timezone()) && Objects.equals(a.start(), b.start())
                && Objects.equals(a.end(), b.end());
    }

    /**
     * Takes a campaign out of this scheduler (its file was deleted): its job and trigger go, so no tick releases
     * calls; calls in progress finish. Its lifecycle and ledger stay, so loading the file again carries on where
     * it stopped (a paused campaign stays paused, customers already called are not called again).
     */
    public void retire(CampaignKey campaign) throws SchedulerException {
        quartz.deleteJob(jobKey(campaign));
        forget(campaigns.remove(campaign));
        log.info("campaign {} retired: job and trigger removed", campaign);
    }

    /** The version the next tick of the campaign uses, if scheduled here. */
    public Optional<String> versionInForce(CampaignKey campaign) {
        return Optional.ofNullable(campaigns.get(campaign)).map(Campaign::version);
    }

    private Trigger trigger(Campaign campaign, Instant now) {
        Schedule s = campaign.schedule();
        Instant start = s.start() == null ? now : s.start().atStartOfDay(s.timezone()).toInstant();
        var builder = TriggerBuilder.newTrigger().withIdentity(triggerKey(campaign.key()))
                .forJob(jobKey(campaign.key()))
                .withSchedule(CronScheduleBuilder.cronSchedule(s.cron())
                        .inTimeZone(TimeZone.getTimeZone(s.timezone()))
                        .withMisfireHandlingInstructionDoNothing())
                .startAt(Date.from(start.isAfter(now) ? start : now));
        if (s.end() != null) {
            builder.endAt(Date.from(s.end().plusDays(1).atStartOfDay(s.timezone()).toInstant()));
        }
        return builder.build();
    }

    /**
     * Pauses at once on every node: each tick checks the campaign's state and releases nothing while it is
     * paused (the triggers go on firing, so a resume on any node takes effect everywhere); live calls finish.
     */
    public void pause(CampaignKey campaign) throws SQLException, SchedulerException {
        tick.states().transition(campaign, CampaignLifecycle.PAUSED, clock.instant());
    }

    public void resume(CampaignKey campaign) throws SQLException, SchedulerException {
        tick.states().transition(campaign, CampaignLifecycle.RUNNING, clock.instant());
    }

    /** Ends the campaign for good: no further calls from any node (their ticks check the state); live calls finish. */
    public void cancel(CampaignKey campaign) throws SQLException, SchedulerException {
        tick.states().transition(campaign, CampaignLifecycle.CANCELLED, clock.instant());
        quartz.deleteJob(jobKey(campaign));
        forget(campaigns.remove(campaign));
    }

    private void forget(Campaign removed) {
        if (removed != null) {
            tick.forget(removed.tenant(), removed.id());
        }
    }

    /** The next time Quartz will fire the campaign's tick, if scheduled. */
    public Optional<Instant> nextFire(CampaignKey campaign) throws SchedulerException {
        Trigger t = quartz.getTrigger(triggerKey(campaign));
        return Optional.ofNullable(t == null ? null : t.getNextFireTime()).map(Date::toInstant);
    }

    /**
     * A job whose campaign is not loaded here (its file was deleted or its first version is invalid while the server
     * was down) is removed with one log line, instead of logging at every fire; loading the campaign schedules it
     * again.
     */
    private void runTick(String tenant, String campaignId) throws SQLException {
        CampaignKey key = new CampaignKey(tenant, campaignId);
        Campaign campaign = campaigns.get(key);
        if (campaign == null) {
            try {
                quartz.deleteJob(jobKey(key));
            } catch (SchedulerException e) {
                log.debug("job of campaign {} not removed: {}", key, e.toString());
            }
            log.warn("campaign {} fired but is not loaded on node {}; its job is removed until a file defines it again",
                    key, settings.nodeId());
            return;
        }
        tick.run(campaign);
    }

    /**
     * Removes the jobs of versions before campaign ids were unique per tenant (group {@value #LEGACY_GROUP}, named by
     * the id alone): each campaign in force is scheduled again under its tenant's group, and a legacy job left behind
     * would tick it a second time.
     */
    private void dropLegacyJobs() throws SchedulerException {
        for (JobKey legacy : quartz.getJobKeys(GroupMatcher.jobGroupEquals(LEGACY_GROUP))) {
            quartz.deleteJob(legacy);
            log.info("legacy job of campaign {} removed (campaign jobs are now grouped by tenant)", legacy.getName());
        }
    }

    private void renewLeases() {
        try {
            Instant now = clock.instant();
            tick.ledger().renewLeases(settings.nodeId(), now.plus(settings.lease()));
            tick.ledger().reconcileExpired(now);
        } catch (SQLException | RuntimeException e) {
            log.warn("lease heartbeat failed: {}", e.getMessage());
        }
    }

    private static final String LEGACY_GROUP = "campaigns";

    /** Job and trigger of a campaign: named by its id in the group {@code campaigns/<tenant>}. */
    private static JobKey jobKey(CampaignKey campaign) {
        return JobKey.jobKey(campaign.id(), LEGACY_GROUP + "/" + campaign.tenant());
    }

    private static TriggerKey triggerKey(CampaignKey campaign) {
        return TriggerKey.triggerKey(campaign.id(), LEGACY_GROUP + "/" + campaign.tenant());
    }
}
