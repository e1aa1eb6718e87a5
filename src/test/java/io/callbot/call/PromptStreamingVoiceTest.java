package io.callbot.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.asr.AsrSettings;
import io.callbot.asr.TurnSettings;
import io.callbot.asr.VoskRecognizer;
import io.callbot.audio.Pcm8k;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.media.AudioSocketServer;
import io.callbot.media.AudioSocketServerConfig;
import io.callbot.media.PlaybackPacer;
import io.callbot.sim.audio.AudioSocketCaller;
import io.callbot.sim.audio.CallerScript;
import io.callbot.sim.audio.SimulatedCall;
import io.callbot.tts.MaryTtsSynthesizer;
import io.callbot.tts.PromptCache;
import io.callbot.tts.PromptCacheConfig;
import io.callbot.tts.RecordedPrompts;
import io.callbot.tts.SpeechSynthesizer;
import io.callbot.tts.TtsVoice;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prompts stream sentence by sentence over the real voice path (MaryTTS, AudioSocket, Vosk): the caller hears the
 * first sentence while a later one is still being synthesized, a barge-in stops the sentences not yet played for
 * good, and the reply to an answer was rendered in the background while the caller listened. The synthesizer is
 * MaryTTS behind a wrapper that can hold a sentence back, so each ordering is forced rather than hoped for.
 */
class PromptStreamingVoiceTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static VoskRecognizer recognizer;
    private static MaryTtsSynthesizer mary;
    private static PlaybackPacer pacer;
    private static ExecutorService pool;
    private static AudioSocketCaller callers;
    private static Campaign campaign;

    @BeforeAll
    static void start() {
        recognizer = VoskRecognizer.start(AsrSettings.defaults().withSecondPassMaxLag(Duration.ZERO).withThreads(2));
        mary = MaryTtsSynthesizer.start(Path.of(System.getProperty("mary.base", "target/marytts")));
        pacer = PlaybackPacer.realTime(1);
        pool = Executors.newFixedThreadPool(2);
        callers = new AudioSocketCaller();
        campaign = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml")).campaign();
    }

    @AfterAll
    static void stop() {
        callers.close();
        pacer.close();
        recognizer.close();
        pool.shutdownNow();
    }

    /** MaryTTS that waits for a gate before a sentence starting with a given text, and notes who rendered what. */
    static final class HeldSynthesizer implements SpeechSynthesizer {
        final Map<String, CompletableFuture<Void>> gates = new ConcurrentHashMap<>();
        final List<String> spoken = new CopyOnWriteArrayList<>();
        final Map<String, String> threadOf = new ConcurrentHashMap<>();
        final Map<String, Long> finishedAt = new ConcurrentHashMap<>();

        CompletableFuture<Void> hold(String sentenceStart) {
            return gates.computeIfAbsent(sentenceStart, s -> new CompletableFuture<>());
        }

        @Override
        public Pcm8k synthesize(String text, TtsVoice voice) {
            gates.forEach((start, gate) -> {
                if (text.startsWith(start)) {
                    gate.orTimeout(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS).join();
                }
            });
            Pcm8k audio = mary.synthesize(text, voice);
            spoken.add(text);
            threadOf.put(text, Thread.currentThread().getName());
            finishedAt.put(text, System.nanoTime());
            return audio;
        }

        @Override
        public TtsVoice defaultVoice() {
            return TtsVoice.DEFAULT;
        }
    }

    private record Finished(CompletableFuture<CallRecord> record) implements CallFinisher {
        @Override
        public void finished(CallRecord r) {
            record.complete(r);
        }

        @Override
        public void doNotCallNow(CallPlan plan) {
        }
    }

    private record Outcome(CallRecord record, SimulatedCall call) {
        short[] robotAudio() {
            return call.robotAudio().audio8kHz();
        }
    }

    private Outcome run(PromptCache prompts, CallerScript script) throws Exception {
        Finished finished = new Finished(new CompletableFuture<>());
        CallServices services = new CallServices(recognizer, prompts, id -> RecordedPrompts.empty(),
                id -> TtsVoice.DEFAULT, null, TurnSettings.defaults(), pool, Clock.systemUTC(), "callbot-transfer");
        ActiveCalls calls = new ActiveCalls(services, finished);
        try (AudioSocketServer server = new AudioSocketServer(AudioSocketServerConfig.defaults().withBind("127.0.0.1", 0),
                calls, pacer)) {
            InetSocketAddress address = server.start();
            UUID id = UUID.randomUUID();
            CustomerView customer = new CustomerView("1", "Maria", "Lopez", "+12125550101",
                    ZoneId.of("America/New_York"), Map.of(), Set.of("segment:vip"));
            calls.expect(new CallPlan(id, 1, campaign, 1, "crm-1",
                    new DialogContext(customer, campaign.id(), campaign.name(), campaign.data()),
                    CampaignDialogs.settingsFor(campaign)));
            SimulatedCall call = callers.call(address, id, script);
            CallRecord record = finished.record().get(180, TimeUnit.SECONDS);
            var end = call.ended().get(30, TimeUnit.SECONDS);
            assertThat(end.outcome().name()).as(end.toString()).isNotEqualTo("SCRIPT_TIMEOUT");
            return new Outcome(record, call);
        }
    }

    private static short[] speech(String text) {
        return mary.synthesize(text, TtsVoice.DEFAULT).samples();
    }

    private static Pcm8k cached(PromptCache prompts, String sentence) {
        Optional<Pcm8k> audio = prompts.cached(sentence, TtsVoice.DEFAULT);
        assertThat(audio).as("'%s' is cached", sentence).isPresent();
        return audio.get();
    }

    /** Where a stretch from the middle of {@code clip} occurs in {@code audio}, or -1: played samples are exact. */
    static int find(short[] audio, Pcm8k clip) {
        short[] c = clip.samples();
        int from = c.length / 2;
        int len = Math.min(400, c.length - from);
        outer:
        for (int i = 0; i + len <= audio.length; i++) {
            for (int k = 0; k < len; k++) {
                if (audio[i + k] != c[from + k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theFirstSentenceIsHeardWhileTheLastIsStillBeingSynthesized() throws Exception {
        HeldSynthesizer synthesizer = new HeldSynthesizer();
        CompletableFuture<Void> lastSentence = synthesizer.hold("Shall I text you the coupon?");
        try (PromptCache prompts = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            // the greeting's last sentence is held until the caller hears the robot: a robot that waited for the
            // whole prompt would never speak, and the caller's wait would time out
            CallerScript script = CallerScript.builder()
                    .waitForRobotToSpeak(PATIENCE)
                    .waitUntil(() -> lastSentence.complete(null) || true, PATIENCE)
                    // generous: on a loaded machine a sentence may render slower than the one before it plays
                    .waitForRobotSilence(Duration.ofMillis(3000))
                    .hangUp().build();
            Outcome outcome = run(prompts, script);

            assertThat(outcome.record().statePath()).containsExactly("greeting");
            short[] heard = outcome.robotAudio();
            int first = find(heard, cached(prompts, "Hi Maria, this is Acme Shop's automated assistant."));
            int second = find(heard, cached(prompts,
                    "It's been a while since your last order, so we'd like to offer you twenty percent off your next one."));
            int third = find(heard, cached(prompts, "Shall I text you the coupon?"));
            assertThat(first).as("sentence 1 heard").isNotNegative();
            assertThat(second).as("sentence 2 heard after sentence 1").isGreaterThan(first);
            assertThat(third).as("the held sentence heard last").isGreaterThan(second);
        }
    }

    @Test
    void bargingInDuringTheFirstSentenceStopsTheRestForGood() throws Exception {
        HeldSynthesizer synthesizer = new HeldSynthesizer();
        CompletableFuture<Void> secondSentence = synthesizer.hold("It's been a while");
        String second = "It's been a while since your last order, so we'd like to offer you twenty percent off your next one.";
        // two render threads: the held sentence must not keep the reply from rendering
        try (PromptCache prompts = new PromptCache(synthesizer, new PromptCacheConfig(Optional.empty(),
                PromptCacheConfig.DEFAULT_MEMORY_BYTES, 2, PromptCacheConfig.DEFAULT_RENDER_QUEUE))) {
            CallerScript script = CallerScript.builder()
                    .talkOverRobot(speech("no thanks"))
                    .silence(Duration.ofMillis(300))
                    .waitForRobotToSpeak(PATIENCE) // the reply to "no thanks"
                    .waitUntil(() -> secondSentence.complete(null) || true, PATIENCE)
                    .waitUntil(() -> prompts.cached(second, TtsVoice.DEFAULT).isPresent(), PATIENCE)
                    // had the stopped greeting queued its late sentence, it would play now, behind the reply
                    .waitForRobotSilence(Duration.ofMillis(1500))
                    .hangUp().build();
            Outcome outcome = run(prompts, script);

            assertThat(outcome.record().statePath()).as(outcome.record().transcript().toString())
                    .containsExactly("greeting", "ask_reason");
            short[] heard = outcome.robotAudio();
            assertThat(find(heard, cached(prompts, "No problem."))).as("the reply was heard").isNotNegative();
            assertThat(find(heard, cached(prompts, second))).as("the stopped greeting's sentence 2").isNegative();
            assertThat(find(heard, cached(prompts, "Shall I text you the coupon?"))).as("sentence 3").isNegative();
        }
    }

    @Test
    void theReplyToAnAnswerWasRenderedWhileTheCallerListened() throws Exception {
        HeldSynthesizer synthesizer = new HeldSynthesizer();
        String reply = "Thanks, Maria see you soon at Acme Shop.";
        try (PromptCache prompts = new PromptCache(synthesizer, PromptCacheConfig.memoryOnly())) {
            long[] answeredAt = new long[1];
            long[] hitsBeforeAnswer = new long[1];
            CallerScript script = CallerScript.builder()
                    .waitForRobotToSpeak(PATIENCE).waitForRobotSilence(Duration.ofMillis(600))
                    .say(speech("yes")).silence(Duration.ofMillis(800))
                    .waitForRobotToSpeak(PATIENCE)
                    // the coupon's details play; meanwhile the possible replies render in the background
                    .waitUntil(() -> prompts.cached(reply, TtsVoice.DEFAULT).isPresent()
                            && prompts.cached("Goodbye!", TtsVoice.DEFAULT).isPresent(), PATIENCE)
                    .waitForRobotSilence(Duration.ofMillis(600))
                    .waitUntil(() -> {
                        answeredAt[0] = System.nanoTime();
                        hitsBeforeAnswer[0] = prompts.stats().memoryHits();
                        return true;
                    }, PATIENCE)
                    .say(speech("no thanks")).silence(Duration.ofMillis(500))
                    .waitForRobotHangup(PATIENCE)
                    .build();
            long missesBeforeCall = prompts.stats().misses();
            Outcome outcome = run(prompts, script);

            assertThat(outcome.record().statePath()).as(outcome.record().transcript().toString())
                    .containsExactly("greeting", "send_coupon", "thanks_goodbye");
            assertThat(synthesizer.threadOf.get(reply)).as("rendered by the background thread")
                    .startsWith("tts-background");
            assertThat(synthesizer.finishedAt.get(reply)).isLessThan(answeredAt[0]);
            assertThat(synthesizer.spoken).as("each sentence synthesized once").doesNotHaveDuplicates();
            assertThat(prompts.stats().memoryHits() - hitsBeforeAnswer[0]).as("the reply's two sentences hit memory")
                    .isGreaterThanOrEqualTo(2);
            assertThat(synthesizer.spoken.size()).isEqualTo(prompts.stats().misses() - missesBeforeCall);
            // the goodbye played to its end before the hang-up: one "finished" for the whole reply, not per sentence
            short[] heard = outcome.robotAudio();
            int thanks = find(heard, cached(prompts, reply));
            assertThat(thanks).isNotNegative();
            assertThat(find(heard, cached(prompts, "Goodbye!"))).isGreaterThan(thanks);
        }
    }
}
