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
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One release of calls for one campaign. It takes the next customers from the campaign's dialing queue
 * ({@link DialHopper}), up to what the launcher can take, checks each again right before dialing (still in the
 * audience and not do-not-call per the customer store; attempts, opt-outs, window, gap and caps per the ledger),
 * claims ledger attempts for those due and launches them; the others go back to the queue's snapshot with the time
 * they may be due, or leave it for good. A steady tick thus reads a few rows per customer it dials, not the audience;
 * the audience is read in full only by an {@link AudiencePass}. The launcher settles each attempt it is given (its
 * result and retry plan), so a tick writes nothing after the launch. Thread-safe, but Quartz runs at most one tick
 * per campaign at a time.
 */
public final class CampaignTick {
    private static final Logger log = LoggerFactory.getLogger(CampaignTick.class);
    /** Rounds of take-check-claim per tick when customers taken turn out not to be due (e.g. a peer took them). */
    private static final int MAX_ROUNDS = 8;

    private final AttemptLedger ledger;
    private final LedgerBatch batch;
    private final CampaignStates states;
    private final CandidateSource source;
    private final CallLauncher launcher;
    private final TickSettings settings;
    private final Clock clock;
    private final TickListener listener;
    private final CustomerZones zones = new CustomerZones();
    private final DialHoppers hoppers;
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
        this.batch = new LedgerBatch(dataSource);
        this.states = new CampaignStates(dataSource);
        this.source = source;
        this.launcher = launcher;
        this.settings = settings;
        this.clock = clock;
        this.hoppers = new DialHoppers(new AudiencePass(ledger, source, settings, zones), settings.audienceRefresh(),
                clock);
    }

    public AttemptLedger ledger() {
        return ledger;
    }

    public CampaignStates states() {
        return states;
    }

    /** The campaign's rules as this node applies them (window with the quiet hours, retries, caps). */
    static CandidateRules rules(Campaign campaign, TickSettings settings) {
        RetryPolicy policy = campaign.dial().retry() == null ? RetryPolicy.NONE : campaign.dial().retry();
        return new CandidateRules(policy, new CallingWindowRule(campaign.schedule(), settings.quiet()), settings.caps(),
                settings.lease());
    }

    /** Frees the campaign's dialing queue (it was cancelled, finished or retired). */
    public void forget(String tenant, String campaignId) {
        hoppers.forget(tenant, campaignId);
    }

    /** Where attempt ends are reported (the scheduler's start-up reconciliation reports there too). */
    public AttemptEvents events() {
        return events;
    }

    /** Runs one tick of {@code campaign}; returns what it did. */
    public TickReport run(Campaign campaign) throws SQLException {
        try (MDC.MDCCloseable tagged = MDC.putCloseable("campaign", campaign.id())) {
            Instant now = clock.instant();
            if (!mayCall(campaign, now)) {
                return new TickReport(campaign.tenant(), campaign.id(), 0, 0, Map.of(SkipReason.CAMPAIGN_PAUSED, 1), 0, Duration.ZERO);
            }
            ledger.reconcileExpired(now, events);
            TickReport report = release(campaign, now);
            log.info("tick campaign={} checked={} launched={} skipped={} queued={} took={}ms", campaign.id(),
                    report.checked(), report.launched(), report.skipped(), report.queued(), report.took().toMillis());
            try {
                listener.ticked(report);
            } catch (RuntimeException e) {
                log.warn("tick listener failed: {}", e.toString());
            }
            return report;
        }
    }

    private boolean mayCall(Campaign campaign, Instant now) throws SQLException {
        // Only a campaign never seen is registered here: the version is the scheduler's to record, and a tick
        // still running with the version just replaced must not write it back.
        if (states.get(campaign.key()).isEmpty()) {
            states.register(campaign.key(), campaign.version(), now);
        }
        CampaignLifecycle lifecycle = states.get(campaign.key()).orElseThrow().lifecycle();
        if (!lifecycle.mayCall()) {
            if (lifecycle != CampaignLifecycle.PAUSED) {
                forget(campaign.tenant(), campaign.id());
            }
            return false;
        }
        var schedule = campaign.schedule();
        if (schedule.end() != null && !now.isBefore(schedule.end().plusDays(1).atStartOfDay(schedule.timezone()).toInstant())) {
            states.transition(campaign.key(), CampaignLifecycle.COMPLETED, now);
            forget(campaign.tenant(), campaign.id());
            log.info("campaign {} completed: its end date {} has passed", campaign.id(), schedule.end());
            return false;
        }
        if (lifecycle == CampaignLifecycle.SCHEDULED) {
            states.transition(campaign.key(), CampaignLifecycle.RUNNING, now);
        }
        return true;
    }

    private TickReport release(Campaign campaign, Instant now) throws SQLException {
        long started = System.nanoTime();
        DialHopper hopper = hoppers.forCampaign(campaign, now);
        CandidateRules rules = rules(campaign, settings);
        int capacity = Math.max(0, launcher.capacity(campaign));
        Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        skipped.putAll(hopper.drainPassSkipped());
        int launched = 0;
        int checked = 0;
        for (int round = 0; round < MAX_ROUNDS && launched < capacity; round++) {
            int[] taken = hopper.take(capacity - launched, now, rules, campaign);
            if (taken.length == 0) {
                break;
            }
            checked += taken.length;
            launched += new Release(campaign, hopper.snapshot(), rules, now, skipped).dial(taken);
        }
        return new TickReport(campaign.tenant(), campaign.id(), checked, launched, skipped, hopper.queued(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Checks a batch taken from the queue against the store and the ledger, then claims and launches the due. */
    private final class Release {
        private final Campaign campaign;
        private final AudienceSnapshot snapshot;
        private final CandidateRules rules;
        private final Instant now;
        private final Map<SkipReason, Integer> skipped;

        Release(Campaign campaign, AudienceSnapshot snapshot, CandidateRules rules, Instant now,
                Map<SkipReason, Integer> skipped) {
            this.campaign = campaign;
            this.snapshot = snapshot;
            this.rules = rules;
            this.now = now;
            this.skipped = skipped;
        }

        /** A customer found due: where it sits in the snapshot, its fresh profile and zones, its next attempt. */
        private record Due(int index, Candidate candidate, List<ZoneId> zones, AttemptLedger.NewAttempt attempt) {}

        int dial(int[] taken) throws SQLException {
            List<Due> due = new ArrayList<>();
            try {
                List<Long> ids = new ArrayList<>(taken.length);
                for (int i : taken) {
                    ids.add(snapshot.customerId(i));
                }
                Map<Long, Candidate> current = source.current(campaign, ids);
                CustomerFacts facts = batch.facts(campaign.tenant(), campaign.id(), ids,
                        now.minus(FrequencyCaps.LOOKBACK));
                for (int i : taken) {
                    Due d = check(i, current.get(snapshot.customerId(i)), facts);
                    if (d != null) {
                        due.add(d);
                    }
                }
                return claimAndLaunch(due);
            } finally {
                for (int i : taken) {
                    snapshot.unqueue(i); // settled or not (an error), it may be handed out again
                }
            }
        }

        private Due check(int i, Candidate c, CustomerFacts facts) {
            if (c == null) {
                skip(SkipReason.NOT_IN_AUDIENCE);
                snapshot.done(i);
                return null;
            }
            long id = c.customerId();
            List<ZoneId> customerZones = zones.zonesOf(c, campaign.schedule().timezone());
            CustomerHistory h = facts.history(id);
            Eligibility e = rules.eligibility(c, facts.optedOut(id), h, facts.recentCalls(id), customerZones, now);
            if (e.due()) {
                SkipReason closed = rules.windowClosed(customerZones, now);
                if (closed == null) {
                    return new Due(i, c, customerZones, new AttemptLedger.NewAttempt(UUID.randomUUID(),
                            campaign.tenant(), campaign.id(), campaign.version(), id, h.nextAttemptNo()));
                }
                e = rules.window().nextOpen(now, customerZones).map(at -> Eligibility.later(closed, at))
                        .orElse(Eligibility.never(closed));
            }
            skip(e.reason());
            if (e.never()) {
                snapshot.done(i);
            } else {
                snapshot.defer(i, e.notBefore(), customerZones);
            }
            return null;
        }

        private int claimAndLaunch(List<Due> due) throws SQLException {
            boolean[] claimed = batch.claimAll(due.stream().map(Due::attempt).toList(), settings.nodeId(), now,
                    settings.lease());
            List<Due> ours = new ArrayList<>();
            for (int k = 0; k < due.size(); k++) {
                Due d = due.get(k);
                if (claimed[k]) {
                    ours.add(d);
                } else {
                    skip(SkipReason.IN_PROGRESS); // a peer (or a tick before) claimed this attempt first
                    snapshot.defer(d.index(), now.plus(settings.lease()), d.zones());
                }
            }
            boolean[] dialing = batch.markDialingAll(ours.stream().map(d -> d.attempt().id()).toList(),
                    settings.nodeId());
            int launched = 0;
            for (int k = 0; k < ours.size(); k++) {
                Due d = ours.get(k);
                if (!dialing[k]) {
                    skip(SkipReason.DO_NOT_CALL); // opted out between the check and now
                    snapshot.done(d.index());
                    continue;
                }
                launch(d);
                launched++;
                // looked at again once its call is likely over: then the ledger says final, retry at, or done
                snapshot.defer(d.index(), now.plus(settings.lease()), d.zones());
            }
            return launched;
        }

        private void launch(Due d) {
            ClaimedAttempt attempt = new ClaimedAttempt(d.attempt().id(), campaign, d.candidate(),
                    d.attempt().attemptNo());
            CompletableFutures.safely(() -> launcher.launch(attempt)).whenComplete((done, error) -> {
                if (error != null) {
                    log.error("attempt {} failed in its launcher; reconciliation will settle it", attempt.id(), error);
                }
            });
        }

        private void skip(SkipReason reason) {
            skipped.merge(reason, 1, Integer::sum);
        }
    }
}
