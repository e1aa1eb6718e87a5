package io.callbot.bench;

import io.callbot.asr.AsrSettings;
import io.callbot.asr.DomainWordPairs;
import io.callbot.asr.RecognitionObserver;
import io.callbot.asr.TurnSettings;
import io.callbot.asr.VoskRecognizer;
import io.callbot.call.ActiveCalls;
import io.callbot.call.CallFinisher;
import io.callbot.call.CallPlan;
import io.callbot.call.CallRecord;
import io.callbot.call.CallServices;
import io.callbot.call.CampaignDialogs;
import io.callbot.call.CampaignPrompts;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.LoadResult;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.media.AudioSocketServer;
import io.callbot.media.AudioSocketServerConfig;
import io.callbot.media.MediaEndReason;
import io.callbot.media.PlaybackPacer;
import io.callbot.nlu.IntentLibrary;
import io.callbot.sim.audio.AudioSocketCaller;
import io.callbot.sim.audio.CallerScript;
import io.callbot.sim.audio.RobotAudioLog;
import io.callbot.sim.audio.SimulatedCall;
import io.callbot.tts.MaryTtsSynthesizer;
import io.callbot.tts.PromptCache;
import io.callbot.tts.PromptCacheConfig;
import io.callbot.tts.RecordedPrompts;
import io.callbot.tts.TtsVoice;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many calls this machine holds at once, through the production call path (AudioSocket on Netty, paced
 * playback, Vosk in grammar mode, the dialog engine, MaryTTS prompts from the cache), while every caller answers a
 * question with a 2 s utterance every ~8 s. Per level of concurrency it reports:
 * <ul>
 *   <li>response gap: the caller's last word (end of its utterance) to the robot's first speech frame received,
 *       p50 / p95 / max;</li>
 *   <li>playback jitter: |gap between consecutive robot frames - 20 ms| as the callers receive them, p50 / p99;</li>
 *   <li>memory per call: heap after GC and process RSS (Vosk recognizers live in native memory) with all calls
 *       live, minus the same before the calls, divided by the calls; the heap before the calls (the campaign's
 *       intent tables, the prompt cache, MaryTTS); how long the three forced full GCs with all calls live took;</li>
 *   <li>turns that went wrong (no-match / no-input reprompts, calls that ended early), and process CPU.</li>
 * </ul>
 * The simulated callers run in the same process on their own event-loop threads, so CPU and jitter are upper
 * bounds for the robot alone.
 *
 * <p>{@code -Dwarm=true} first renders the campaign's static prompts, as {@code serve} does at start;
 * {@code -DframesPerChunk=N} sets {@code asr.frames_per_chunk} (0: the model's own).
 *
 * <p>Run: {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt && java -Xmx4g -cp
 * target/classes:target/test-classes:$(cat cp.txt) io.callbot.bench.CapacityBench 25,50,75,100 60}.
 */
public final class CapacityBench {

    private static final double SPEECH_RMS = RobotAudioLog.DEFAULT_SPEECH_RMS;
    private static final long WARMUP_NANOS = 10_000_000_000L;
    private static final Duration CYCLE = Duration.ofSeconds(8);

    /** Recognition CPU, split into the grammar pass and the free-form second pass. */
    private static final RecognitionCost RECOGNITION = new RecognitionCost();

    private CapacityBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] levels = Arrays.stream((args.length > 0 ? args[0] : "25,50,75,100").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int asrThreads = Integer.getInteger("asrThreads", Runtime.getRuntime().availableProcessors());
        int framesPerChunk = Integer.getInteger("framesPerChunk", AsrSettings.MODELS_OWN_FRAMES_PER_CHUNK);
        System.out.printf("cores=%d asrThreads=%d framesPerChunk=%d seconds=%d loadavg=%.1f%n",
                Runtime.getRuntime().availableProcessors(), asrThreads, framesPerChunk, seconds, loadAverage());

        LoadResult loaded = CampaignLoader.load(Path.of("src/test/resources/bench/capacity-survey.yaml"));
        if (!loaded.errors().isEmpty()) {
            throw new IllegalStateException(loaded.errors().toString());
        }
        Campaign campaign = loaded.campaign();
        Path cacheDir = Files.createTempDirectory("capacity-prompts");
        MaryTtsSynthesizer mary = MaryTtsSynthesizer.start(Path.of(System.getProperty("mary.base", "target/marytts")));
        try (VoskRecognizer recognizer = VoskRecognizer.start(AsrSettings.defaults().withThreads(asrThreads)
                .withFramesPerChunk(framesPerChunk), RECOGNITION,
                new DomainWordPairs(IntentLibrary.english().spokenWordPairs()));
             PromptCache prompts = new PromptCache(mary, PromptCacheConfig.defaults(cacheDir));
             PlaybackPacer pacer = PlaybackPacer.realTime(1)) {
            short[] yes = trimmed(mary.synthesize(System.getProperty("yes", "yes I would like that please"),
                    TtsVoice.DEFAULT).samples());
            short[] no = trimmed(mary.synthesize(System.getProperty("no", "no thank you not today"),
                    TtsVoice.DEFAULT).samples());
            System.out.printf("caller answers: %.2f s and %.2f s of speech%n", yes.length / 8000.0, no.length / 8000.0);
            if (Boolean.getBoolean("warm")) {
                // what serve does at start: the campaign's static prompts rendered before the first call
                long started = System.nanoTime();
                CampaignPrompts.warm(campaign, new CallServices(recognizer, prompts, id -> RecordedPrompts.empty(),
                        id -> TtsVoice.DEFAULT, null, TurnSettings.defaults(), Runnable::run, Clock.systemUTC(),
                        "callbot-transfer")).get(5, TimeUnit.MINUTES);
                System.out.printf("warmed the campaign's static prompts in %d ms%n",
                        (System.nanoTime() - started) / 1_000_000);
            }
            for (int calls : levels) {
                run(calls, seconds, campaign, recognizer, prompts, pacer, yes, no);
            }
        }
    }

    private static void run(int calls, int seconds, Campaign campaign, VoskRecognizer recognizer, PromptCache prompts,
                            PlaybackPacer pacer, short[] yes, short[] no) throws Exception {
        ExecutorService callPool = Executors.newFixedThreadPool(2);
        Finisher finisher = new Finisher();
        CallServices services = new CallServices(recognizer, prompts, id -> RecordedPrompts.empty(),
                id -> TtsVoice.DEFAULT, null, TurnSettings.defaults(), callPool, Clock.systemUTC(), "callbot-transfer");
        ActiveCalls active = new ActiveCalls(services, finisher);
        Memory before = Memory.now();
        try (AudioSocketServer server = new AudioSocketServer(
                AudioSocketServerConfig.defaults().withBind("127.0.0.1", 0), active, pacer);
             AudioSocketCaller callers = new AudioSocketCaller(2, false)) {
            InetSocketAddress address = server.start();
            long cpuBefore = processCpuNanos();
            long wallBefore = System.nanoTime();
            List<SimulatedCall> sims = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                UUID id = UUID.randomUUID();
                CustomerView customer = new CustomerView(String.valueOf(i), "Caller", "Number" + i, "+1212555" + (1000 + i),
                        ZoneOffset.UTC, Map.of(), Set.of("bench"));
                active.expect(new CallPlan(id, 1, campaign, i, "crm-" + i,
                        new DialogContext(customer, campaign.id(), campaign.name(), campaign.data()),
                        CampaignDialogs.settingsFor(campaign)));
                sims.add(callers.call(address, id, script(seconds, i % 2 == 0 ? yes : no, i % 2 == 0 ? no : yes)));
                // spread the callers over one cycle, as calls that were answered at different times
                Thread.sleep(CYCLE.toMillis() / calls);
            }
            Thread.sleep(Math.max(0, seconds * 1000L - CYCLE.toMillis()) / 2);
            Memory during = Memory.now();
            CompletableFuture.allOf(sims.stream().map(SimulatedCall::ended).toArray(CompletableFuture[]::new))
                    .get(seconds + 120L, TimeUnit.SECONDS);
            long wall = System.nanoTime() - wallBefore;
            long cpu = processCpuNanos() - cpuBefore;
            finisher.awaitAll(calls);
            report(calls, sims, finisher, before, during, cpu, wall, (double) recognizer.recognizersReused() / Math.max(1, recognizer.recognizersTaken()));
        } finally {
            callPool.shutdownNow();
        }
    }

    /**
     * Waits for each question, then after a pause that makes the cycle about 8 s, answers with 2 s of speech;
     * hangs up after {@code seconds}.
     */
    private static CallerScript script(int seconds, short[] first, short[] second) {
        CallerScript.Builder b = CallerScript.builder();
        int rounds = Math.max(2, seconds / (int) CYCLE.toSeconds());
        for (int r = 0; r < rounds; r++) {
            b.waitForRobotToSpeak(Duration.ofSeconds(30)).waitForRobotSilence(Duration.ofMillis(400))
                    .silence(Duration.ofMillis(2_000))
                    .say(r % 2 == 0 ? first : second);
        }
        return b.waitForRobotToSpeak(Duration.ofSeconds(30)).silence(Duration.ofMillis(500)).hangUp().build();
    }

    private static void report(int calls, List<SimulatedCall> sims, Finisher finisher, Memory before, Memory during,
                               long cpuNanos, long wallNanos, double decoderReuse) {
        List<Long> gaps = new ArrayList<>();
        List<Long> jitter = new ArrayList<>();
        int unanswered = 0;
        for (SimulatedCall c : sims) {
            RobotAudioLog log = c.robotAudio();
            List<RobotAudioLog.RobotFrame> frames = log.frames();
            if (frames.isEmpty()) {
                continue;
            }
            long start = frames.get(0).receivedNanos() + WARMUP_NANOS;
            for (SimulatedCall.Utterance u : c.said()) {
                OptionalLong reply = log.firstSpeechAtOrAfter(u.endNanos(), SPEECH_RMS);
                if (reply.isPresent()) {
                    gaps.add(reply.getAsLong() - u.endNanos());
                } else {
                    unanswered++;
                }
            }
            for (int i = 1; i < frames.size(); i++) {
                if (frames.get(i - 1).receivedNanos() >= start) {
                    jitter.add(Math.abs(frames.get(i).receivedNanos() - frames.get(i - 1).receivedNanos()
                            - 20_000_000L));
                }
            }
        }
        long decoded = RECOGNITION.turns.sumThenReset();
        long second = RECOGNITION.secondPasses.sumThenReset();
        System.out.printf("recognition: %d turns decoded, grammar pass %.1f ms of decoding per audio s, %d second "
                + "passes (%.1f %%), second pass %.1f %% of recognition CPU, decoders reused %.0f %% (since start)%n",
                decoded, RECOGNITION.grammarMillisPerAudioSecond(), second, 100.0 * second / Math.max(1, decoded),
                RECOGNITION.secondPassShare(), 100 * decoderReuse);
        long[] g = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] j = jitter.stream().mapToLong(Long::longValue).sorted().toArray();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("calls=%d turns=%d response_gap_ms p50=%.0f p95=%.0f max=%.0f unanswered=%d "
                        + "jitter_ms p50=%.2f p99=%.2f frames=%d reprompts=%d early_ends=%d "
                        + "heap_per_call_kb=%.0f rss_per_call_kb=%.0f heap_before_calls_mb=%d forced_gc_ms=%d "
                        + "cpu=%.0f%% of %d cores loadavg=%.1f%n",
                calls, g.length, pct(g, 0.5), pct(g, 0.95), g.length == 0 ? 0 : g[g.length - 1] / 1e6, unanswered,
                pct(j, 0.5), pct(j, 0.99), j.length, finisher.reprompts.get(), finisher.earlyEnds(),
                (during.heapBytes - before.heapBytes) / 1024.0 / calls,
                (during.rssBytes - before.rssBytes) / 1024.0 / calls, before.heapBytes >> 20, during.gcMillis(),
                100.0 * cpuNanos / wallNanos / cores, cores, loadAverage());
    }

    /** Sums what recognition spent per pass; thread-safe (recognition threads report concurrently). */
    private static final class RecognitionCost implements RecognitionObserver {
        final LongAdder turns = new LongAdder();
        final LongAdder secondPasses = new LongAdder();
        final LongAdder grammarNanos = new LongAdder();
        final LongAdder grammarAudioNanos = new LongAdder();
        final LongAdder secondNanos = new LongAdder();

        @Override
        public void decoded(Duration decode, Duration audio) {
            turns.increment();
            grammarNanos.add(decode.toNanos());
            grammarAudioNanos.add(audio.toNanos());
        }

        /** Decoding time of the grammar pass per second of the audio it decoded, in ms (before the reset). */
        double grammarMillisPerAudioSecond() {
            return 1000.0 * grammarNanos.sum() / Math.max(1, grammarAudioNanos.sumThenReset());
        }

        @Override
        public void secondPass(Duration decode, Duration audio) {
            secondPasses.increment();
            secondNanos.add(decode.toNanos());
        }

        double secondPassShare() {
            long second = secondNanos.sumThenReset();
            long all = grammarNanos.sumThenReset() + second;
            return all == 0 ? 0 : 100.0 * second / all;
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    /** Cuts the synthesizer's leading and trailing silence so the utterance's end is the caller's last word. */
    private static short[] trimmed(short[] pcm) {
        int first = 0;
        int last = pcm.length - 1;
        while (first < pcm.length && Math.abs(pcm[first]) < 300) {
            first++;
        }
        while (last > first && Math.abs(pcm[last]) < 300) {
            last--;
        }
        return Arrays.copyOfRange(pcm, first, last + 1);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Counts the calls' reprompts (turns the robot did not understand) and calls that ended before the script. */
    private static final class Finisher implements CallFinisher {
        final AtomicLong reprompts = new AtomicLong();
        final ConcurrentLinkedQueue<CallRecord> records = new ConcurrentLinkedQueue<>();

        @Override
        public void finished(CallRecord r) {
            records.add(r);
            reprompts.addAndGet(r.transcript().stream().filter(t -> t.text() != null && t.text().startsWith("Sorry"))
                    .count());
        }

        @Override
        public void doNotCallNow(CallPlan plan) {
        }

        long earlyEnds() {
            return records.stream().filter(r -> r.mediaEnd() != MediaEndReason.PEER_CLOSED).count();
        }

        void awaitAll(int calls) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (records.size() < calls && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
    }

    /**
     * Heap after a full GC and the process's resident set, in bytes, and how long the full GCs took: they stop every
     * call while they run (reported, as {@code forced_gc_ms}, so a slow one that delays replies is seen).
     */
    private record Memory(long heapBytes, long rssBytes, long gcMillis) {
        static final long GC_PAUSE_MILLIS = 200;

        static Memory now() throws Exception {
            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(GC_PAUSE_MILLIS);
            }
            long end = System.nanoTime();
            Runtime rt = Runtime.getRuntime();
            long rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
            // the three full GCs' time, without the pauses between them
            return new Memory(rt.totalMemory() - rt.freeMemory(), rss, (end - start) / 1_000_000 - 3 * GC_PAUSE_MILLIS);
        }
    }
}
