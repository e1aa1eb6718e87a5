package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import io.callbot.campaign.RetryPolicy;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One release of calls for one campaign: streams the audience in priority order, leaves out everyone who
 * may not be called now (recording why), claims ledger attempts for the first customers due, up to what the
 * launcher can take, and launches them; results come back on the launcher's threads and plan the retry.
 * Thread-safe, but Quartz runs at most one tick per campaign at a time.
 */
public final class CampaignTick {
    private static final Logger log = LoggerFactory.getLogger(CampaignTick.class);
    private static final long[] NO_CALLS = new long[0];

    private final AttemptLedger ledger;
    private final SkipLog skipLog;
    private final CampaignStates states;
    private final CandidateSource source;
    private final CallLauncher launcher;
    private final TickSettings settings;
    private final Clock clock;
    private final TickListener listener;
    private final CustomerZones zones = new CustomerZones();
    private final AttemptEvents events;

    public CampaignTick(DataSource dataSource, CandidateSource source, CallLauncher launcher, TickSettings settings,
                        Clock clock) {
        this(dataSource, source, launcher, settings, clock, TickListener.NONE);
    }

    /** A tick that tells {@code listener} what each run did. */
    public CampaignTick(DataSource dataSource, CandidateSource source, CallLauncher launcher, TickSettings settings,
                        Clock clock, TickListener listener) {
        this(dataSource, source, launcher, settings, clock, listener, AttemptEvents.NONE);
    }

    /** A tick that also reports how attempts end to {@code events} (the CRM). */
    public CampaignTick(DataSource dataSource, CandidateSource source, CallLauncher launcher, TickSettings settings,
                        Clock clock, TickListener listener, AttemptEvents events) {
        this.events = java.util.Objects.requireNonNull(events, "events");
        this.listener = java.util.Objects.requireNonNull(listener, "listener");
        this.ledger = new AttemptLedger(dataSource);
        this.skipLog = new SkipLog(dataSource);
        this.states = new CampaignStates(dataSource);
        this.source = source;
        this.launcher = launcher;
        this.settings = settings;
        this.clock = clock;
    }

    public AttemptLedger ledger() {
        return ledger;
    }

    public CampaignStates states() {
        return states;
    }

    /** Where attempt ends are reported (the scheduler's start-up reconciliation reports there too). */
    public AttemptEvents events() {
        return events;
    }

    /** Runs one tick of {@code campaign}; returns what it did. */
    public TickReport run(Campaign campaign) throws SQLException {
        MDC.put("campaign", campaign.id());
        try {
            Instant now = clock.instant();
            if (!mayCall(campaign, now)) {
                return new TickReport(campaign.id(), 0, 0, Map.of(SkipReason.CAMPAIGN_PAUSED, 1), 0, Duration.ZERO);
            }
            ledger.reconcileExpired(now, events);
            TickReport report = select(campaign, now);
            log.info("tick campaign={} candidates={} launched={} skipped={} skipWrites={} took={}ms", campaign.id(),
                    report.candidates(), report.launched(), report.skipped(), report.skipWrites(),
                    report.took().toMillis());
            try {
                listener.ticked(report);
            } catch (RuntimeException e) {
                log.warn("tick listener failed: {}", e.toString());
            }
            return report;
        } finally {
            MDC.remove("campaign");
        }
    }

    private boolean mayCall(Campaign campaign, Instant now) throws SQLException {
        // Only a campaign never seen is registered here: the version is the scheduler's to record, and a tick
        // still running with the version just replaced must not write it back.
        if (states.get(campaign.id()).isEmpty()) {
            states.register(campaign.id(), campaign.tenant(), campaign.version(), now);
        }
        CampaignLifecycle lifecycle = states.get(campaign.id()).orElseThrow().lifecycle();
        if (!lifecycle.mayCall()) {
            return false;
        }
        var schedule = campaign.schedule();
        if (schedule.end() != null && !now.isBefore(schedule.end().plusDays(1).atStartOfDay(schedule.timezone()).toInstant())) {
            states.transition(campaign.id(), CampaignLifecycle.COMPLETED, now);
            log.info("campaign {} completed: its end date {} has passed", campaign.id(), schedule.end());
            return false;
        }
        if (lifecycle == CampaignLifecycle.SCHEDULED) {
            states.transition(campaign.id(), CampaignLifecycle.RUNNING, now);
        }
        return true;
    }

    private TickReport select(Campaign campaign, Instant now) throws SQLException {
        long started = System.nanoTime();
        RetryPolicy policy = campaign.dial().retry() == null ? RetryPolicy.NONE : campaign.dial().retry();
        CandidateRules rules = new CandidateRules(policy,
                new CallingWindowRule(campaign.schedule(), settings.quiet()), settings.caps());
        Map<String, CustomerHistory> history = ledger.historyOf(campaign.id());
        Map<String, long[]> calls = ledger.recentCalls(campaign.tenant(), now.minus(FrequencyCaps.LOOKBACK));
        Set<String> optedOut = ledger.optedOut(campaign.tenant());
        Map<String, String> previous = skipLog.reasonsOf(campaign.id());
        int capacity = Math.max(0, launcher.capacity(campaign));

        Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        List<SkipLog.Entry> changed = new ArrayList<>();
        List<String> launchedIds = new ArrayList<>();
        int seen = 0;
        try (Stream<Candidate> candidates = source.candidates(campaign)) {
            for (Candidate c : (Iterable<Candidate>) candidates::iterator) {
                seen++;
                List<ZoneId> customerZones = zones.zonesOf(c, campaign.schedule().timezone());
                CustomerHistory h = history.getOrDefault(c.customerId(), CustomerHistory.NONE);
                SkipReason reason = rules.check(c, optedOut.contains(c.customerId()), h,
                        calls.getOrDefault(c.customerId(), NO_CALLS), customerZones, now);
                if (reason == null && launchedIds.size() >= capacity) {
                    reason = SkipReason.CAPACITY;
                }
                if (reason == null) {
                    reason = claimAndLaunch(campaign, c, h, customerZones, rules, now);
                    if (reason == null) {
                        launchedIds.add(c.customerId());
                        continue;
                    }
                }
                skipped.merge(reason, 1, Integer::sum);
                if (!reason.code().equals(previous.get(c.customerId()))) {
                    changed.add(new SkipLog.Entry(campaign.id(), c.customerId(), campaign.tenant(), reason,
                            SkipDetails.describe(reason, rules, h, customerZones, now), now));
                }
            }
        }
        skipLog.write(changed, previous::containsKey);
        skipLog.clear(campaign.id(), launchedIds.stream().filter(previous::containsKey).toList());
        return new TickReport(campaign.id(), seen, launchedIds.size(), skipped, changed.size(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Null when the attempt was claimed and launched; else why it was not (a peer claimed it, an opt-out). */
    private SkipReason claimAndLaunch(Campaign campaign, Candidate c, CustomerHistory h, List<ZoneId> customerZones,
                                      CandidateRules rules, Instant now) throws SQLException {
        UUID id = UUID.randomUUID();
        int attemptNo = h.nextAttemptNo();
        var row = new AttemptLedger.NewAttempt(id, campaign.tenant(), campaign.id(), campaign.version(),
                c.customerId(), attemptNo);
        if (!ledger.claim(row, settings.nodeId(), now, settings.lease())) {
            return SkipReason.IN_PROGRESS;
        }
        if (!ledger.markDialing(id, settings.nodeId(), clock.instant())) {
            return SkipReason.DO_NOT_CALL;
        }
        ClaimedAttempt attempt = new ClaimedAttempt(id, campaign, c, attemptNo);
        CompletableFutures.safely(() -> launcher.launch(attempt))
                .whenComplete((result, error) -> new ResultRecorder(ledger, rules.planner(), clock, events)
                        .record(attempt, customerZones, result, error));
        return null;
    }
}
