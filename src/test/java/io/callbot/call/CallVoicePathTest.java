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
import io.callbot.media.MediaEndReason;
import io.callbot.media.PlaybackPacer;
import io.callbot.sim.audio.AudioSocketCaller;
import io.callbot.sim.audio.CallerScript;
import io.callbot.sim.audio.SimulatedCall;
import io.callbot.tts.MaryTtsSynthesizer;
import io.callbot.tts.PromptCache;
import io.callbot.tts.PromptCacheConfig;
import io.callbot.tts.RecordedPrompts;
import io.callbot.tts.SentenceSplitter;
import io.callbot.tts.TtsVoice;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.io.TempDir;
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
        recognizer = VoskRecognizer.start(AsrSettings.defaults().withSecondPassMaxLag(Duration.ZERO).withThreads(2));
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
        return run(script, campaign, AudioSocketServerConfig.defaults().withBind("127.0.0.1", 0), UUID.randomUUID());
    }

    private CallRecord run(CallerScript script, Campaign campaign, AudioSocketServerConfig media, UUID id)
            throws Exception {
        Finished finished = new Finished(new CompletableFuture<>());
        CallServices services = new CallServices(recognizer, prompts, c -> RecordedPrompts.empty(),
                c -> TtsVoice.DEFAULT, null, TurnSettings.defaults(), pool, Clock.systemUTC(), "callbot-transfer",
                (plan, gap) -> gaps.add(gap));
        ActiveCalls calls = new ActiveCalls(services, finished);
        try (AudioSocketServer server = new AudioSocketServer(media, calls, pacer)) {
            InetSocketAddress address = server.start();
            CustomerView customer = new CustomerView("1", "Maria", "Lopez", "+12125550101",
                    ZoneId.of("America/New_York"), Map.of(), Set.of("segment:vip"));
            calls.expect(new CallPlan(id, 1, campaign, 1, "crm-1",
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
        assertThat(record.mediaEnd()).isEqualTo(MediaEndReason.ROBOT_HANGUP);
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
    void anOptOutSaidWhileTheRobotSaysGoodbyeIsHonoured() throws Exception {
        CallerScript script = CallerScript.builder()
                .waitForRobotToSpeak().waitForRobotSilence(Duration.ofMillis(600))
                .say(speech("yes")).silence(Duration.ofMillis(800))
                .waitForRobotToSpeak().waitForRobotSilence(Duration.ofMillis(600))
                // the decline ends its turn at the pause; the rest comes while the robot already says goodbye
                .say(speech("no thanks")).silence(Duration.ofMillis(400))
                .say(speech("and stop calling me")).silence(Duration.ofMillis(500))
                .waitForRobotHangup(Duration.ofSeconds(30))
                .build();
        CallRecord record = run(script);
        assertThat(record.statePath()).as(record.transcript().toString())
                .containsExactly("greeting", "send_coupon", "thanks_goodbye", "opted_out");
        assertThat(record.outcome()).isEqualTo("opted_out");
        assertThat(record.doNotCall()).isTrue();
        // heard over the goodbye (directly as an opt-out, or in part and then confirmed: MaryTTS's "stop" is sometimes
        // heard as "kept", and a caller who does not answer the question is taken at their word)
        assertThat(record.transcript()).as(record.transcript().toString()).anySatisfy(t -> {
            assertThat(t.speaker()).isEqualTo(TranscriptEntry.Speaker.CALLER);
            assertThat(t.state()).isEqualTo("thanks_goodbye");
            assertThat(t.text()).contains("calling me");
        });
    }

    @Test
    void anOptOutSaidOverTheMandatoryDisclosureIsHonoured() throws Exception {
        var delivery = CampaignLoader.load(Path.of("campaigns/delivery-notice.yaml"));
        assertThat(delivery.errors()).isEmpty();
        // not one of the campaign's opt-out phrases; said while the disclosure, which cannot be cut short, plays
        CallerScript script = CallerScript.builder()
                .waitForRobotToSpeak().silence(Duration.ofMillis(800))
                .say(speech("please take me off your list")).silence(Duration.ofMillis(500))
                .waitForRobotHangup(Duration.ofSeconds(30))
                .build();
        CallRecord record = run(script, delivery.campaign(),
                AudioSocketServerConfig.defaults().withBind("127.0.0.1", 0), UUID.randomUUID());
        assertThat(record.statePath()).as(record.transcript().toString()).containsExactly("disclosure", "opted_out");
        assertThat(record.outcome()).isEqualTo("opted_out");
        assertThat(record.doNotCall()).isTrue();
    }

    @Test
    void aCampaignThatRecordsGetsAStereoWavOfTheCallAndOneThatDoesNotGetsNone(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("recorded.yaml");
        Files.writeString(yaml, Files.readString(Path.of("campaigns/winback-coupon.yaml"))
                .replace("  language: en-US\n", "  language: en-US\n  record_calls: true\n"));
        Campaign recorded = CampaignLoader.load(yaml).campaign();
        Path recordings = dir.resolve("recordings");
        AudioSocketServerConfig media = AudioSocketServerConfig.defaults().withBind("127.0.0.1", 0)
                .withRecordingDirectory(recordings);
        CallerScript script = CallerScript.builder().waitForRobotToSpeak().silence(Duration.ofMillis(1500)).hangUp()
                .build();

        UUID withRecording = UUID.randomUUID();
        run(script, recorded, media, withRecording);
        UUID without = UUID.randomUUID();
        run(script, campaign, media, without);

        Path wav = recordings.resolve(withRecording + ".wav");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(wav) && Files.size(wav) > 44);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat f = in.getFormat();
            assertThat(f.getChannels()).isEqualTo(2);
            assertThat(f.getSampleRate()).isEqualTo(8000f);
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
            byte[] pcm = in.readAllBytes();
            assertThat(pcm.length / 4 / 8000.0).as("seconds recorded").isGreaterThan(1.0);
            // the caller (left) stayed silent while the robot (right) spoke its greeting
            assertThat(rms(pcm, 0, f.isBigEndian())).isLessThan(50);
            assertThat(rms(pcm, 1, f.isBigEndian())).isGreaterThan(300);
        }
        assertThat(recordings.resolve(without + ".wav")).doesNotExist();
    }

    private static double rms(byte[] stereo, int channel, boolean bigEndian) {
        double sum = 0;
        int n = 0;
        for (int i = channel * 2; i + 1 < stereo.length; i += 4) {
            int lo = stereo[bigEndian ? i + 1 : i] & 0xff;
            int hi = stereo[bigEndian ? i : i + 1];
            double s = (short) ((hi << 8) | lo);
            sum += s * s;
            n++;
        }
        return Math.sqrt(sum / Math.max(1, n));
    }

    @Test
    void theGreetingIsSynthesizedWhileThePhoneStillRings() throws Exception {
        ActiveCalls calls = new ActiveCalls(new CallServices(recognizer, prompts, c -> RecordedPrompts.empty(),
                c -> TtsVoice.DEFAULT, null, TurnSettings.defaults(), pool, Clock.systemUTC(), "callbot-transfer",
                (plan, gap) -> { }), new Finished(new CompletableFuture<>()));
        CustomerView customer = new CustomerView("9", "Zelda", "Ringer", "+12125550109",
                ZoneId.of("America/New_York"), Map.of(), Set.of());
        CallPlan plan = new CallPlan(UUID.randomUUID(), 1, campaign, 9, "crm-9",
                new DialogContext(customer, campaign.id(), campaign.name(), campaign.data()),
                CampaignDialogs.settingsFor(campaign));
        List<String> greeting = SentenceSplitter.split(new io.callbot.dialog.engine.Dialog(campaign.dialog(),
                plan.context(), plan.settings(), Clock.systemUTC()).possibleNextPrompts().get(0).text());
        assertThat(greeting.get(0)).contains("Zelda");
        assertThat(prompts.cached(greeting.get(0), TtsVoice.DEFAULT)).isEmpty();

        calls.expect(plan); // dialled: no audio connection yet

        await().atMost(Duration.ofSeconds(90)).until(() ->
                greeting.stream().allMatch(s -> prompts.cached(s, TtsVoice.DEFAULT).isPresent()));
    }

    @Test
    void callerHangingUpMidGreetingStillGetsAnOutcome() throws Exception {
        CallerScript script = CallerScript.builder()
                .waitForRobotToSpeak().silence(Duration.ofMillis(400)).hangUp().build();
        CallRecord record = run(script);
        assertThat(record.outcome()).isEqualTo("hung_up_in_greeting");
        assertThat(record.mediaEnd()).isEqualTo(MediaEndReason.PEER_CLOSED);
        assertThat(record.endReason().code()).isEqualTo("CALLER_HUNG_UP");
        assertThat(gaps).as("the caller said nothing, so the robot replied to nothing").isEmpty();
    }
}
