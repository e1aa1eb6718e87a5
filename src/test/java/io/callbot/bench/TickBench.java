package io.callbot.bench;

import io.callbot.campaign.Audience;
import io.callbot.campaign.CallingWindow;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignKind;
import io.callbot.campaign.DialSettings;
import io.callbot.campaign.RetryPolicy;
import io.callbot.campaign.Schedule;
import io.callbot.customer.AudienceQuery;
import io.callbot.launch.AudienceCandidates;
import io.callbot.schedule.AttemptLedger;
import io.callbot.schedule.AttemptResult;
import io.callbot.schedule.CallLauncher;
import io.callbot.schedule.CampaignTick;
import io.callbot.schedule.Candidate;
import io.callbot.schedule.CandidateSource;
import io.callbot.schedule.ClaimedAttempt;
import io.callbot.dial.ResultKind;
import io.callbot.schedule.RetryDecision;
import io.callbot.schedule.TickReport;
import io.callbot.schedule.TickSettings;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Tick time over a large audience, with the ledger on H2 and on PostgreSQL: the first tick reads the N candidates
 * into the campaign's dialing queue; the steady ticks after it take {@code capacity} customers from the queue, check
 * them against the store and the ledger and claim and launch their attempts. With {@code -Dbench.source=generated}
 * (the default) the {@link io.callbot.schedule.CandidateSource} port streams candidates generated in memory, so the
 * figure is the scheduler's alone; with {@code -Dbench.source=store} N customers are seeded into the customer store
 * ({@link PopulationSeed}, tenant {@code bench}) and the campaign's audience is all of them, read and re-checked
 * through the production {@code AudienceCandidates}, as {@code callbot serve} does.
 * Usage: {@code TickBench [candidates=1000000] [capacity=100] [history=10000] [ticks=10]}
 * ({@code -Dbench.db=h2|postgres|both}, {@code -Dbench.source=generated|store}). Single-threaded.
 */
public final class TickBench {
    private static final Instant NOW = Instant.parse("2026-06-10T15:00:00Z");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"),
            ZoneId.of("America/Los_Angeles"), ZoneId.of("Asia/Shanghai"));

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int capacity = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int history = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int ticks = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        String only = System.getProperty("bench.db", "both");
        if (!only.equals("postgres")) {
            run(TestDatabases.h2(), n, capacity, history, ticks);
        }
        if (!only.equals("h2")) {
            run(TestDatabases.postgres(), n, capacity, history, ticks);
        }
    }

    private static void run(TestDatabase db, int n, int capacity, int history, int ticks) throws Exception {
        try (db) {
            var ds = db.database().dataSource();
            boolean store = System.getProperty("bench.source", "generated").equals("store");
            Campaign campaign = campaign(store ? "bench" : "acme");
            if (store) {
                long t0 = System.nanoTime();
                PopulationSeed.seed(ds, "bench", n, db.database().isPostgres());
                System.out.printf("%s: %d customers seeded in %.1f s%n", db.name(), n, (System.nanoTime() - t0) / 1e9);
            }
            seed(new AttemptLedger(ds), campaign.tenant(), history, store ? i -> PopulationSeed.ID_BASE + 1 + i * 7L
                    : i -> i * 7L);
            CallLauncher launcher = new CallLauncher() {
                @Override
                public int capacity(Campaign c) {
                    return capacity;
                }

                @Override
                public CompletableFuture<Void> launch(ClaimedAttempt attempt) {
                    return new CompletableFuture<>(); // calls stay live: the bench measures the tick only
                }
            };
            AtomicLong streamed = new AtomicLong();
            CandidateSource generated = new CandidateSource() {
                @Override
                public Stream<Candidate> candidates(Campaign c) {
                    return IntStream.range(0, n).mapToObj(TickBench::candidate).peek(x -> streamed.incrementAndGet());
                }

                @Override
                public Map<Long, Candidate> current(Campaign c, Collection<Long> ids) {
                    Map<Long, Candidate> out = new HashMap<>();
                    ids.forEach(id -> out.put(id, candidate(Math.toIntExact(id))));
                    return out;
                }
            };
            CandidateSource source = !store ? generated : new CandidateSource() {
                private final CandidateSource real = new AudienceCandidates(new AudienceQuery(ds,
                        Clock.fixed(NOW, ZoneOffset.UTC)));

                @Override
                public Stream<Candidate> candidates(Campaign c) {
                    return real.candidates(c).peek(x -> streamed.incrementAndGet());
                }

                @Override
                public Map<Long, Candidate> current(Campaign c, Collection<Long> ids) {
                    return real.current(c, ids);
                }
            };
            CampaignTick tick = new CampaignTick(ds, source, launcher, TickSettings.defaults("bench"),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            List<Long> steady = new ArrayList<>();
            List<Long> steadyCpu = new ArrayList<>();
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 1; i <= ticks; i++) {
                long before = streamed.get();
                long cpu = threads.getCurrentThreadCpuTime();
                TickReport r = tick.run(campaign);
                long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
                if (i > 1) {
                    steady.add(r.took().toMillis());
                    steadyCpu.add(cpuMillis);
                }
                System.out.printf("%s tick %d: %d candidates read, %d checked, %d launched, %d queued, %d ms"
                                + " (tick thread CPU %d ms) %s%n", db.name(), i, streamed.get() - before, r.checked(),
                        r.launched(), r.queued(), r.took().toMillis(), cpuMillis, r.skipped());
            }
            Collections.sort(steady);
            Collections.sort(steadyCpu);
            System.out.printf("%s steady ticks (%d): median %d ms, max %d ms; tick thread CPU median %d ms;"
                            + " load average %.1f on %d cores%n", db.name(), steady.size(), steady.get(steady.size() / 2),
                    steady.get(steady.size() - 1), steadyCpu.get(steadyCpu.size() / 2),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static Candidate candidate(int i) {
        return new Candidate(i, "acme", "+1212555" + (1000 + i % 9000),
                ZONES.get(i % ZONES.size()), i % 50 == 0);
    }

    /** Earlier attempts for the first {@code history} customers, so the tick has a ledger to consult. */
    private static void seed(AttemptLedger ledger, String tenant, int history,
            java.util.function.IntToLongFunction customer) throws Exception {
        Instant t = NOW.minus(Duration.ofDays(3));
        for (int i = 0; i < history; i++) {
            var a = new AttemptLedger.NewAttempt(UUID.randomUUID(), tenant, "bench", "v1", customer.applyAsLong(i), 1);
            ledger.claim(a, "seed", t, Duration.ofMinutes(2));
            ledger.finish(a.id(), AttemptResult.dialing(i % 2 == 0 ? ResultKind.BUSY : ResultKind.REJECTED, 17),
                    t, i % 2 == 0 ? RetryDecision.at(t.plus(Duration.ofHours(1))) : RetryDecision.stop(
                            io.callbot.schedule.SkipReason.NOT_RETRYABLE));
        }
    }

    private static Campaign campaign(String tenant) {
        Schedule schedule = new Schedule(null, null, "0 * * * * ?",
                new CallingWindow(LocalTime.of(9, 0), LocalTime.of(20, 0), EnumSet.allOf(DayOfWeek.class)),
                List.of(), ZoneId.of("America/New_York"));
        RetryPolicy retry = new RetryPolicy(3, Duration.ofMinutes(20), Map.of(RetryPolicy.RetryableResult.BUSY,
                new RetryPolicy.RetryRule(Duration.ofMinutes(30), 3)));
        DialSettings dial = new DialSettings("PJSIP/{phone}@carrier", "+15550000000", 100, 10, Duration.ofSeconds(30),
                null, retry);
        Audience everyone = new Audience(null, List.of(), null);
        return new Campaign("bench", "bench", CampaignKind.values()[0], tenant, "v1", "bench.yaml", List.of(), everyone,
                schedule, dial, null, null, Map.of(), null, Map.of());
    }
}
