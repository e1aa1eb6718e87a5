package io.callbot.bench;

import io.callbot.asr.AsrSettings;
import io.callbot.asr.Expectation;
import io.callbot.asr.FinalResult;
import io.callbot.asr.NoInput;
import io.callbot.asr.RecognitionEvent;
import io.callbot.asr.RecognitionFailed;
import io.callbot.asr.RecognitionRequest;
import io.callbot.asr.RecognitionSession;
import io.callbot.asr.TestAudio;
import io.callbot.asr.TurnSettings;
import io.callbot.asr.VoskRecognizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Recognition benchmark through the public asr API (VAD, upsampler, Vosk): real-time factor per stream in grammar and
 * free-form mode, and throughput with 2 recognition threads, for back-to-back answers and for the "2 s answer every
 * 8 s" call pattern. Audio is fed as fast as it is taken. Run:
 * {@code java -Dcallbot.model.dir=target/voice-models -cp target/test-classes:target/classes:$(cat cp.txt)
 * io.callbot.bench.RecognitionBench}.
 */
public final class RecognitionBench {

    private static final String[] FIXTURES = {"yes", "no-thanks", "stop-calling-me", "call-me-tomorrow",
        "one-two-three", "yes-i-am-interested"};
    private static final Expectation GRAMMAR = Expectation.phrases("yes", "no thanks", "stop calling me",
            "call me tomorrow", "one two three", "yes i am interested", "no", "maybe later", "who is this");
    private static final TurnSettings TURN = TurnSettings.defaults().withNoInput(Duration.ofSeconds(60));

    private final AtomicInteger correct = new AtomicInteger();
    private final AtomicInteger turns = new AtomicInteger();

    private RecognitionBench() {
    }

    public static void main(String[] args) throws Exception {
        new RecognitionBench().run();
    }

    private void run() throws Exception {
        warmUp();
        System.out.println("scenario | mode | asr threads | sessions | audio s | wall s | asr CPU s | RTF per stream"
                + " (asr CPU / audio) | audio s per wall s | correct");
        measure("back-to-back", "grammar", 1, 1, 12);
        measure("back-to-back", "free-form", 1, 1, 4);
        measure("back-to-back", "grammar", 2, 4, 6);
        measure("back-to-back", "free-form", 2, 2, 2);
        measure("2s-every-8s", "grammar", 1, 1, 4);
        measure("2s-every-8s", "free-form", 1, 1, 2);
        measure("2s-every-8s", "grammar", 2, 4, 3);
    }

    private void warmUp() throws Exception {
        try (VoskRecognizer r = VoskRecognizer.start(AsrSettings.defaults().withThreads(1))) {
            runSession(r, 0, 2, "back-to-back", GRAMMAR);
        }
    }

    private void measure(String pattern, String mode, int threads, int sessions, int turnsPerSession)
            throws Exception {
        Expectation expectation = mode.equals("grammar") ? GRAMMAR : Expectation.freeFormSpeech();
        correct.set(0);
        turns.set(0);
        AsrSettings settings = AsrSettings.defaults().withThreads(threads).withMaxBacklog(Duration.ofMinutes(10));
        ExecutorService feeders = Executors.newFixedThreadPool(sessions);
        try (VoskRecognizer r = VoskRecognizer.start(settings)) {
            long cpu0 = asrCpuNanos();
            long t0 = System.nanoTime();
            List<Future<Double>> audio = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                int id = s;
                audio.add(feeders.submit(() -> runSession(r, id, turnsPerSession, pattern, expectation)));
            }
            double audioSeconds = 0;
            for (Future<Double> f : audio) {
                audioSeconds += f.get();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (asrCpuNanos() - cpu0) / 1e9;
            System.out.printf("%s | %s | %d | %d | %.1f | %.2f | %.2f | %.3f | %.1f | %d/%d%n", pattern, mode,
                    threads, sessions, audioSeconds, wall, cpu, cpu / audioSeconds, audioSeconds / wall,
                    correct.get(), turns.get());
        } finally {
            feeders.shutdownNow();
        }
    }

    /** CPU time of the recognition threads (asr-N): unlike wall time it does not count other processes' load. */
    public static long asrCpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : mx.dumpAllThreads(false, false)) {
            if (info.getThreadName().startsWith("asr-")) {
                sum += Math.max(0, mx.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    /** Runs the turns of one simulated caller; returns the seconds of caller audio fed. */
    private double runSession(VoskRecognizer r, int id, int turnCount, String pattern, Expectation expectation)
            throws InterruptedException {
        BlockingQueue<RecognitionEvent> events = new LinkedBlockingQueue<>();
        long samples = 0;
        try (RecognitionSession session = r.open(new RecognitionRequest("bench-" + id, null, TURN, events::add))) {
            for (int t = 0; t < turnCount; t++) {
                String fixture = FIXTURES[(id + t) % FIXTURES.length];
                short[] audio = turnAudio(pattern, fixture, t);
                session.listen(expectation);
                for (int i = 0; i < audio.length; i += 160) {
                    session.accept(audio, i, Math.min(160, audio.length - i));
                }
                samples += audio.length;
                awaitTurnEnd(events, fixture);
            }
        }
        return samples / 8000.0;
    }

    /** Back-to-back: 0.3 s pause, the answer, 0.8 s pause. 2s-every-8s: ~6 s of line noise then a ~2 s answer. */
    private static short[] turnAudio(String pattern, String fixture, int seed) {
        short[] speech = TestAudio.withNoise(TestAudio.speech(fixture), 30, seed);
        if (pattern.equals("back-to-back")) {
            return TestAudio.concat(TestAudio.noise(2400, 30, seed + 1), speech, TestAudio.noise(6400, 30, seed + 2));
        }
        int lead = Math.max(8000, 8 * 8000 - speech.length - 8000);
        return TestAudio.concat(TestAudio.noise(lead, 30, seed + 1), speech, TestAudio.noise(8000, 30, seed + 2));
    }

    private void awaitTurnEnd(BlockingQueue<RecognitionEvent> events, String fixture) throws InterruptedException {
        while (true) {
            RecognitionEvent e = events.poll(120, TimeUnit.SECONDS);
            if (e == null || e instanceof RecognitionFailed || e instanceof NoInput) {
                throw new IllegalStateException("turn for " + fixture + " did not end with a result: " + e);
            }
            if (e instanceof FinalResult f) {
                turns.incrementAndGet();
                if (f.text().equals(fixture.replace('-', ' '))) {
                    correct.incrementAndGet();
                }
                return;
            }
        }
    }
}
