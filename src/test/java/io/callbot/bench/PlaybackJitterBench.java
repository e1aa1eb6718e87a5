package io.callbot.bench;

import io.callbot.media.AudioSocketServer;
import io.callbot.media.AudioSocketServerConfig;
import io.callbot.media.MediaCallHandler;
import io.callbot.media.MediaEndReason;
import io.callbot.media.MediaListener;
import io.callbot.media.MediaSession;
import io.callbot.media.PlaybackOutcome;
import io.callbot.media.PlaybackPacer;
import io.callbot.sim.audio.AudioSocketCaller;
import io.callbot.sim.audio.CallerScript;
import io.callbot.sim.audio.RobotAudioLog;
import io.callbot.sim.audio.SimulatedCall;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Paced playback under load: N simulated callers (real loopback TCP) each receive the robot's continuous speech while
 * sending their own 20 ms frames, as a real call does; reports the inter-frame jitter the callers see (|gap - 20 ms|,
 * p50 / p99 / max), bursts, and CPU. Robot and callers share this process, so the process CPU is an upper bound for
 * the robot alone; the pacer threads' own CPU is reported separately.
 *
 * <p>Run: {@code mvn -o -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * io.callbot.bench.PlaybackJitterBench [calls,calls,...] [seconds] [pacerThreads]}.
 */
public final class PlaybackJitterBench {

    private static final long WARMUP_NANOS = 2_000_000_000L;
    private static final int CALLER_THREADS = Integer.getInteger("callerThreads", 2);

    private PlaybackJitterBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] counts = Arrays.stream((args.length > 0 ? args[0] : "100,200").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int pacerThreads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        System.out.printf("cores=%d pacerThreads=%d seconds=%d loadavg=%.1f%n",
                Runtime.getRuntime().availableProcessors(), pacerThreads, seconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int n : counts) {
            run(n, seconds, pacerThreads);
        }
    }

    private static void run(int calls, int seconds, int pacerThreads) throws Exception {
        short[] speech = speech(10_000);
        try (PlaybackPacer pacer = PlaybackPacer.realTime(pacerThreads);
             AudioSocketCaller caller = new AudioSocketCaller(CALLER_THREADS, false)) {
            AudioSocketServer server = new AudioSocketServer(AudioSocketServerConfig.defaults()
                    .withBind("127.0.0.1", 0), id -> Optional.of(loopingSpeaker(speech)), pacer);
            InetSocketAddress address = server.start();
            CpuSample before = CpuSample.now();
            List<SimulatedCall> sims = new ArrayList<>();
            CallerScript script = CallerScript.builder().silence(Duration.ofSeconds(seconds)).hangUp().build();
            for (int i = 0; i < calls; i++) {
                sims.add(caller.call(address, UUID.randomUUID(), script));
            }
            CompletableFuture.allOf(sims.stream().map(SimulatedCall::ended).toArray(CompletableFuture[]::new))
                    .get(seconds + 60L, TimeUnit.SECONDS);
            CpuSample after = CpuSample.now();
            server.close();
            report(calls, sims, before, after, pacer);
        }
    }

    /** A handler that plays speech-like audio for the whole call, re-queued as each clip ends. */
    private static MediaCallHandler loopingSpeaker(short[] speech) {
        return session -> {
            session.enqueue(speech);
            session.enqueue(speech);
            return new MediaListener() {
                @Override
                public void onCallerAudio8kHz(short[] samples8kHz) {
                }

                @Override
                public void onDtmf(char digit) {
                }

                @Override
                public void onPlaybackFinished(long clipId, PlaybackOutcome outcome) {
                    session.enqueue(speech);
                }

                @Override
                public void onEnded(MediaEndReason reason) {
                }
            };
        };
    }

    private static void report(int calls, List<SimulatedCall> sims, CpuSample before, CpuSample after,
                               PlaybackPacer pacer) {
        List<Long> jitter = new ArrayList<>();
        long frames = 0;
        long bursts = 0;
        long late = 0;
        for (SimulatedCall c : sims) {
            List<RobotAudioLog.RobotFrame> f = c.robotAudio().frames();
            frames += f.size();
            if (f.isEmpty()) {
                continue;
            }
            long start = f.get(0).receivedNanos() + WARMUP_NANOS;
            for (int i = 1; i < f.size(); i++) {
                if (f.get(i - 1).receivedNanos() < start) {
                    continue;
                }
                long gap = f.get(i).receivedNanos() - f.get(i - 1).receivedNanos();
                jitter.add(Math.abs(gap - 20_000_000L));
                bursts += gap < 5_000_000L ? 1 : 0;
                late += gap > 40_000_000L ? 1 : 0;
            }
        }
        long[] j = jitter.stream().mapToLong(Long::longValue).sorted().toArray();
        double wall = (after.wallNanos - before.wallNanos) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("calls=%d frames=%d gaps=%d jitter_ms p50=%.2f p99=%.2f max=%.2f bursts(<5ms)=%d "
                        + "gaps>40ms=%d pacer_wake_late_ms p50<=%.1f p99<=%.1f pacer_resyncs=%d pacer_skipped_ms=%d "
                        + "process_cpu=%.0f%% of %d cores "
                        + "pacer_cpu=%.1f%% of one core, wall=%.1fs%n",
                calls, frames, j.length, pct(j, 0.50), pct(j, 0.99), j.length == 0 ? 0 : j[j.length - 1] / 1e6,
                bursts, late, pacer.wakeLatenessPercentile(0.5).toNanos() / 1e6,
                pacer.wakeLatenessPercentile(0.99).toNanos() / 1e6, pacer.resyncCount(), pacer.skippedTime().toMillis(),
                100.0 * (after.processCpuNanos - before.processCpuNanos) / 1e9 / wall / cores, cores,
                100.0 * (after.pacerCpuNanos - before.pacerCpuNanos) / 1e9 / wall, wall);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    /** A warbling tone: loud like speech, never digital silence. */
    private static short[] speech(int millis) {
        short[] s = new short[millis * 8];
        for (int i = 0; i < s.length; i++) {
            double hz = 300 + 200 * Math.sin(2 * Math.PI * 3 * i / 8_000.0);
            s[i] = (short) (6_000 * Math.sin(2 * Math.PI * hz * i / 8_000.0));
        }
        return s;
    }

    private record CpuSample(long wallNanos, long processCpuNanos, long pacerCpuNanos) {
        static CpuSample now() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long pacer = 0;
            for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (t != null && t.getThreadName().startsWith("media-pacer-")) {
                    pacer += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
                }
            }
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new CpuSample(System.nanoTime(), process, pacer);
        }
    }
}
