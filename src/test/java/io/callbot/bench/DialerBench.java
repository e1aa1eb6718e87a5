package io.callbot.bench;

import io.callbot.dial.AmiDialer;
import io.callbot.dial.AmiSettings;
import io.callbot.dial.ResultKind;
import io.callbot.dial.CallResult;
import io.callbot.dial.DialLimits;
import io.callbot.dial.DialRequest;
import io.callbot.dial.DialedCall;
import io.callbot.sim.Behaviour;
import io.callbot.sim.Persona;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.SimOptions;
import io.callbot.sim.SimulatedPbx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark (not a test): AmiDialer against the simulated PBX over loopback AMI, 200 calls in flight at once.
 * Reports originates per second sustained and the p50 / p99 from the OriginateResponse being written by the PBX
 * to the CallResult completing in the dialer. Args: [calls] [concurrent] (defaults 6000 200).
 * Run: mvn -o -q test-compile exec:java is not configured; use
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.callbot.bench.DialerBench}.
 */
public final class DialerBench {

    private DialerBench() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        int concurrent = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        PersonaBook mix = PersonaBook.seededMix(2026, List.of(
                new PersonaBook.Weighted(Persona.of(Behaviour.BUSY, Duration.ofMillis(300), Duration.ZERO), 1),
                new PersonaBook.Weighted(Persona.of(Behaviour.DECLINE, Duration.ofMillis(500), Duration.ZERO), 1),
                new PersonaBook.Weighted(Persona.of(Behaviour.ANSWER, Duration.ofMillis(400), Duration.ofMillis(800)), 2)));
        SimOptions options = SimOptions.defaults("bench", "bench-secret", mix);
        try (SimulatedPbx pbx = SimulatedPbx.start(options);
             AmiDialer dialer = new AmiDialer(AmiSettings.of("127.0.0.1", pbx.port(), "bench", "bench-secret"),
                     DialLimits.uniform(100_000, concurrent, concurrent, concurrent))) {
            dialer.start();
            warmUp(dialer);
            run(pbx, dialer, calls, concurrent);
        }
    }

    private static void warmUp(AmiDialer dialer) throws Exception {
        List<CompletableFuture<?>> ends = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            ends.add(dialer.dial(request(i + 900_000)).ended());
        }
        CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    }

    private static void run(SimulatedPbx pbx, AmiDialer dialer, int calls, int concurrent) throws Exception {
        Map<UUID, Long> resultNanos = new ConcurrentHashMap<>();
        List<DialedCall> placed = new ArrayList<>(calls);
        long originatesBefore = pbx.stats().originates();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            DialedCall c = dialer.dial(request(i));
            c.result().thenAccept(r -> resultNanos.put(r.attemptId(), System.nanoTime()));
            placed.add(c);
        }
        CompletableFuture.allOf(placed.stream().map(DialedCall::ended).toArray(CompletableFuture[]::new))
                .get(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        report(pbx, placed, resultNanos, calls, concurrent, seconds, pbx.stats().originates() - originatesBefore);
    }

    private static void report(SimulatedPbx pbx, List<DialedCall> placed, Map<UUID, Long> resultNanos, int calls,
                               int concurrent, double seconds, long originates) {
        List<Long> unanswered = new ArrayList<>();
        List<Long> answered = new ArrayList<>();
        int before = 0;
        for (DialedCall c : placed) {
            CallResult r = c.result().join();
            Long or = pbx.stats().originateResponseNanos(c.attemptId().toString());
            if (or == null) {
                continue;
            }
            long micros = (resultNanos.get(c.attemptId()) - or) / 1000;
            (r.kind() == ResultKind.ANSWERED ? answered : unanswered).add(Math.max(0, micros));
            before += micros < 0 ? 1 : 0;
        }
        System.out.printf("calls=%d cap=%d elapsed=%.1fs originates=%d -> %.1f originates/s sustained; "
                        + "max live channels at the PBX=%d%n", calls, concurrent, seconds, originates,
                originates / seconds, pbx.stats().maxLiveChannels());
        System.out.printf("OriginateResponse -> CallResult, unanswered (result at Hangup after the OR): p50=%.2f ms "
                + "p99=%.2f ms (n=%d)%n", pct(unanswered, 50), pct(unanswered, 99), unanswered.size());
        System.out.printf("answered calls: result known at Newstate Up / DialEnd ANSWER, before the OR for %d of %d; "
                + "p50=%.2f ms p99=%.2f ms (negative clipped to 0)%n", before, answered.size(), pct(answered, 50),
                pct(answered, 99));
    }

    private static double pct(List<Long> micros, int p) {
        if (micros.isEmpty()) {
            return Double.NaN;
        }
        long[] a = micros.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a[Math.min(a.length - 1, (int) Math.ceil(p / 100.0 * a.length) - 1)] / 1000.0;
    }

    private static DialRequest request(int i) {
        return new DialRequest(UUID.randomUUID(), "bench", "tenant", "trunk", String.format("+1999%07d", i),
                "PJSIP/{phone}@{trunk}", "\"Bench\" <15550000000>", Duration.ofSeconds(20), "callbot-outbound", "s",
                "127.0.0.1:9092", false);
    }
}
