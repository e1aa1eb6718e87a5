package io.callbot.simulate;

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
import io.callbot.campaign.Campaign;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.media.AudioSocketServer;
import io.callbot.media.AudioSocketServerConfig;
import io.callbot.media.PlaybackPacer;
import io.callbot.nlu.IntentLibrary;
import io.callbot.sim.audio.AudioSocketCaller;
import io.callbot.sim.audio.CallerScript;
import io.callbot.sim.audio.SimulatedCall;
import io.callbot.sim.voice.CallerVoice;
import io.callbot.sim.voice.NoiseCondition;
import io.callbot.sim.voice.TelephoneChannel;
import io.callbot.tts.MaryTtsSynthesizer;
import io.callbot.tts.PromptCache;
import io.callbot.tts.PromptCacheConfig;
import io.callbot.tts.RecordedPrompts;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code simulate --voice}: the caller's lines (all read first) are spoken by a caller voice (MaryTTS by default, or
 * espeak-ng, flite, festival) through a simulated phone line (noise, 300-3400 Hz, G.711 mu-law) over a real
 * AudioSocket connection to the robot's media server, which speaks its prompts by MaryTTS and hears the caller through
 * Vosk; prints the conversation with what the recognizer heard. Blocks the caller's thread until the call ends.
 */
public final class SimulatedVoiceCall {
    public static final String DEFAULT_CALLER_VOICE = "mary:cmu-slt-hsmm";
    private static final Duration ROBOT_QUIET = Duration.ofMillis(600);
    /** Samples of the line's noise heard before each answer (8 kHz): 1 s. */
    private static final int NOISE_LEAD = 8000;

    private SimulatedVoiceCall() {}

    /** Runs the call; returns the process exit code. */
    public static int run(Campaign campaign, DialogContext context, SimulationInput input, PrintWriter out,
            String callerVoiceSpec, NoiseCondition callerNoise) throws Exception {
        MaryTtsSynthesizer[] maryHolder = new MaryTtsSynthesizer[1];
        Path maryBase = Path.of(System.getProperty("mary.base", "target/marytts"));
        // the caller's voice is checked before anything slow starts, so a typo fails at once
        CallerVoice callerVoice = MaryCallerVoice.voices(() -> mary(maryHolder, maryBase)).open(callerVoiceSpec);
        if (input.interactive()) {
            out.println("(voice mode: type all the caller's answers first, one a line, then end the input with Ctrl-D)");
        }
        List<String> lines = readAll(input);
        out.println("(starting MaryTTS and Vosk; the caller speaks as " + callerVoice.spec() + " over a phone line, noise "
                + callerNoise + "; the call runs in real time)");
        out.flush();
        TelephoneChannel line = TelephoneChannel.open(callerNoise);
        // one call: a second pass is never shed here, so the marketer hears what the script does when the server keeps up
        VoskRecognizer recognizer = VoskRecognizer.start(AsrSettings.defaults().withSecondPassMaxLag(Duration.ZERO)
                .withThreads(2), RecognitionObserver.NONE,
                new DomainWordPairs(IntentLibrary.english().spokenWordPairs()));
        MaryTtsSynthesizer mary = mary(maryHolder, maryBase);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (PromptCache prompts = new PromptCache(mary, PromptCacheConfig.memoryOnly());
                PlaybackPacer pacer = PlaybackPacer.realTime(1);
                AudioSocketCaller callers = new AudioSocketCaller()) {
            CallerScript script = script(lines, callerVoice, line, silenceFor(campaign));
            CallRecord record = call(campaign, context, script,
                    new CallServices(recognizer, prompts, id -> RecordedPrompts.empty(), CallServices::campaignVoice, null,
                            TurnSettings.defaults(), pool, Clock.systemDefaultZone(), "callbot-transfer"),
                    pacer, callers);
            SimulationVoiceReport.print(record, lines, out);
            return 0;
        } finally {
            recognizer.close();
            pool.shutdownNow();
        }
    }

    private static List<String> readAll(SimulationInput input) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Optional<String> l = input.nextLine(); l.isPresent(); l = input.nextLine()) {
            lines.add(l.get());
        }
        return lines;
    }

    /** Silence long enough for the robot's no-input timer to fire. */
    private static Duration silenceFor(Campaign campaign) {
        var noInput = campaign.dialog().noInput();
        Duration timeout = noInput == null || noInput.timeout() == null ? Duration.ofSeconds(6) : noInput.timeout();
        return timeout.plusSeconds(2);
    }

    private static MaryTtsSynthesizer mary(MaryTtsSynthesizer[] holder, Path maryBase) {
        if (holder[0] == null) {
            holder[0] = MaryTtsSynthesizer.start(maryBase);
        }
        return holder[0];
    }

    /**
     * The caller's steps. Each spoken line goes through the phone line with a second of its background noise before
     * it (between lines the simulated phone sends silence, so the noise starts with each answer).
     */
    private static CallerScript script(List<String> lines, CallerVoice voice, TelephoneChannel phone,
            Duration silence) {
        CallerScript.Builder b = CallerScript.builder();
        long noisePosition = 0;
        for (String line : lines) {
            b.waitForRobotToSpeak().waitForRobotSilence(ROBOT_QUIET);
            if (line.isEmpty()) {
                b.silence(silence);
            } else if (line.equalsIgnoreCase("/hangup")) {
                b.hangUp();
                return b.build();
            } else if (line.matches("[0-9*#]")) {
                b.dtmf(line.charAt(0)).silence(Duration.ofMillis(500));
            } else {
                short[] lead = phone.silence(NOISE_LEAD, noisePosition);
                short[] said = phone.transmit(voice.speak(line), noisePosition + lead.length);
                noisePosition += lead.length + said.length;
                short[] clip = java.util.Arrays.copyOf(lead, lead.length + said.length);
                System.arraycopy(said, 0, clip, lead.length, said.length);
                b.say(phone.noise().silent() ? said : clip).silence(Duration.ofMillis(800));
            }
        }
        return b.waitForRobotHangup(Duration.ofSeconds(60)).build();
    }

    private record Finished(CompletableFuture<CallRecord> record) implements CallFinisher {
        @Override
        public void finished(CallRecord r) {
            record.complete(r);
        }

        @Override
        public void doNotCallNow(CallPlan plan) {
            // a simulation marks no one
        }
    }

    /** The plan's customer id: a simulation writes no ledger row, profile or event, so its plan names no customer. */
    private static final long NO_STORED_CUSTOMER = 0;

    private static CallRecord call(Campaign campaign, DialogContext context, CallerScript script, CallServices services,
            PlaybackPacer pacer, AudioSocketCaller callers) throws Exception {
        Finished finished = new Finished(new CompletableFuture<>());
        ActiveCalls calls = new ActiveCalls(services, finished);
        try (AudioSocketServer server = new AudioSocketServer(
                AudioSocketServerConfig.defaults().withBind("127.0.0.1", 0), calls, pacer)) {
            InetSocketAddress address = server.start();
            UUID id = UUID.randomUUID();
            calls.expect(new CallPlan(id, 1, campaign, NO_STORED_CUSTOMER, "simulation", context,
                    CampaignDialogs.settingsFor(campaign)));
            SimulatedCall call = callers.call(address, id, script);
            CallRecord record = finished.record().get(10, TimeUnit.MINUTES);
            call.ended().get(30, TimeUnit.SECONDS);
            return record;
        }
    }
}
