package io.callbot.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.asr.AsrSettings;
import io.callbot.asr.TurnSettings;
import io.callbot.asr.VoskRecognizer;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.dialog.engine.TranscriptEntry;
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
import io.callbot.tts.TtsVoice;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole voice path of one call with real parts: MaryTTS speaks the campaign's prompts, the media server
 * paces them over a real AudioSocket connection to a simulated caller, who answers with synthesized speech
 * that the real Vosk model recognizes, and the dialog follows the campaign's script to its outcome.
 */
class CallVoicePathTest {
    private static VoskRecognizer recognizer;
    private static MaryTtsSynthesizer mary;
    private static PromptCache prompts;
    private static PlaybackPacer pacer;
    private static ExecutorService pool;
    private static AudioSocketCaller callers;
    private static Campaign campaign;

    @BeforeAll
    static void start() {
        recognizer = VoskRecognizer.start(AsrSettings.defaults().withThreads(2));
        mary = MaryTtsSynthesizer.start(Path.of(System.getProperty("mary.base", "target/marytts")));
        prompts = new PromptCache(mary, PromptCacheConfig.memoryOnly());
        pacer = PlaybackPacer.realTime(1);
        pool = Executors.newFixedThreadPool(2);
        callers = new AudioSocketCaller();
        var loaded = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml"));
        assertThat(loaded.errors()).isEmpty();
        campaign = loaded.campaign();
    }

    @AfterAll
    static void stop() {
        callers.close();
        pacer.close();
        prompts.close();
        recognizer.close();
        pool.shutdownNow();
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

    private final List<Duration> gaps = new java.util.concurrent.CopyOnWriteArrayList<>();

    private CallRecord run(CallerScript script) throws Exception {
        Finished finished = new Finished(new CompletableFuture<>());
        CallServices services = new CallServices(recognizer, prompts, id -> RecordedPrompts.empty(),
                id -> TtsVoice.DEFAULT, null, TurnSettings.defaults(), pool, Clock.systemUTC(), "callbot-transfer",
                (plan, gap) -> gaps.add(gap));
        ActiveCalls calls = new ActiveCalls(services, finished);
        try (AudioSocketServer server = new AudioSocketServer(AudioSocketServerConfig.defaults().withBind("127.0.0.1", 0),
                calls, pacer)) {
            InetSocketAddress address = server.start();
            UUID id = UUID.randomUUID();
            CustomerView customer = new CustomerView("c1", "Maria", "Lopez", "+12125550101",
                    ZoneId.of("America/New_York"), Map.of(), Set.of("segment:vip"));
            calls.expect(new CallPlan(id, 1, campaign, "c1", "crm-1",
                    new DialogContext(customer, campaign.id(), campaign.name(), campaign.data()),
                    CampaignDialogs.settingsFor(campaign)));
            SimulatedCall call = callers.call(address, id, script);
            CallRecord record = finished.record().get(90, TimeUnit.SECONDS);
            call.ended().get(10, TimeUnit.SECONDS);
            return record;
        }
    }

    private static short[] speech(String text) {
        return mary.synthesize(text, TtsVoice.DEFAULT).samples();
    }

    @Test
    void acceptedCouponFollowsTheScriptFromRealSpeech() throws Exception {
        CallerScript script = CallerScript.builder()
                .waitForRobotToSpeak().waitForRobotSilence(Duration.ofMillis(600))
                .say(speech("yes")).silence(Duration.ofMillis(800))
                .waitForRobotToSpeak().waitForRobotSilence(Duration.ofMillis(600))
                .say(speech("no thanks")).silence(Duration.ofMillis(500))
                .waitForRobotHangup(Duration.ofSeconds(30))
                .build();
        CallRecord record = run(script);
        assertThat(record.statePath()).as(record.transcript().toString()).containsExactly("greeting", "send_coupon", "thanks_goodbye");
        assertThat(record.outcome()).isEqualTo("coupon_accepted");
        assertThat(record.addTags()).contains("campaign:winback-coupon:accepted");
        assertThat(record.mediaEnd()).isEqualTo("ROBOT_HANGUP");
        List<TranscriptEntry> caller = record.transcript().stream()
                .filter(t -> t.speaker() == TranscriptEntry.Speaker.CALLER).toList();
        assertThat(caller).extracting(TranscriptEntry::intent).containsExactly("yes", "no");
        assertThat(record.transcript().get(0).text()).startsWith("Hi Maria");
        // one response gap per answer the robot replied to; each at least the silence that ends a turn
        // (250 ms early end for an expected phrase), counted from the caller's speech end, not the final result
        assertThat(gaps).hasSize(2);
        assertThat(gaps).allSatisfy(g -> assertThat(g).isBetween(TurnSettings.defaults().earlySilence(),
                Duration.ofSeconds(30)));
    }

    @Test
    void callerHangingUpMidGreetingStillGetsAnOutcome() throws Exception {
        CallerScript script = CallerScript.builder()
                .waitForRobotToSpeak().silence(Duration.ofMillis(400)).hangUp().build();
        CallRecord record = run(script);
        assertThat(record.outcome()).isEqualTo("hung_up_in_greeting");
        assertThat(record.mediaEnd()).isEqualTo("PEER_CLOSED");
        assertThat(record.endReason()).isEqualTo("CALLER_HUNG_UP");
        assertThat(gaps).as("the caller said nothing, so the robot replied to nothing").isEmpty();
    }
}
