package io.callbot.bench;

import io.callbot.asr.AsrSettings;
import io.callbot.asr.DomainWordPairs;
import io.callbot.asr.RecognitionObserver;
import io.callbot.asr.TurnSettings;
import io.callbot.asr.VoskRecognizer;
import io.callbot.bench.eval.Corpus;
import io.callbot.bench.eval.EvalRun;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.campaign.LoadResult;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.nlu.IntentLibrary;
import io.callbot.sim.voice.CallerVoice;
import io.callbot.sim.voice.CallerVoices;
import io.callbot.sim.voice.NoiseCondition;
import io.callbot.simulate.MaryCallerVoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The intent evaluation of issue #11: every line of a corpus split, spoken by each voice over each line condition
 * (noise, 300-3400 Hz, G.711 mu-law), through the real recognition and dialog path ({@link io.callbot.bench.eval.TurnRunner});
 * prints and writes markdown figures (confusion matrix, accuracy by voice / noise / category, opt-out recall, false
 * yes, second pass, CPU per audio second, response gap). Synthesized audio is cached under {@code target/eval-audio}.
 * Run (see BENCHMARKS.md, "Understanding callers"):
 * {@code CALLBOT_LOG_LEVEL=WARN java -cp target/test-classes:target/classes:$(cat cp.txt) io.callbot.bench.IntentEval
 * --split heldout --voices espeak:en-us,flite:kal --noise none,cafe15 --threads 2 2>target/intent-eval.log}.
 */
public final class IntentEval {

    private IntentEval() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        List<String> splits = list(o.getOrDefault("split", "dev"));
        List<String> voiceSpecs = list(o.getOrDefault("voices", "espeak:en-us,espeak:en-us+m3,flite:kal,flite:awb,"
                + "festival:kal_diphone"));
        List<NoiseCondition> noises = list(o.getOrDefault("noise", "none,cafe15")).stream()
                .map(NoiseCondition::parse).toList();
        int threads = Integer.parseInt(o.getOrDefault("threads", "2"));
        int callers = Integer.parseInt(o.getOrDefault("callers", String.valueOf(8 * threads)));
        int limit = Integer.parseInt(o.getOrDefault("limit", "0"));
        Set<String> intents = Set.copyOf(list(o.getOrDefault("intents", "")));
        Path outDir = Path.of(o.getOrDefault("out", "target/intent-eval"));
        Campaign campaign = campaign(Path.of(o.getOrDefault("campaign", "src/test/resources/eval/eval-campaign.yaml")));

        CallerVoices registry = MaryCallerVoice.voices(Path.of("target/marytts"));
        List<CallerVoice> voices = new ArrayList<>();
        for (String spec : voiceSpecs) {
            voices.add(registry.open(spec));
        }
        DialogContext context = new DialogContext(new CustomerView("eval", "Maria", "Lopez", "+12125550101",
                ZoneId.of("America/New_York"), Map.of(), Set.of()), campaign.id(), campaign.name(), campaign.data());
        Files.createDirectories(outDir);
        // audio is fed faster than real time, so recognition is always "behind": never shed a second pass here
        try (VoskRecognizer recognizer = VoskRecognizer.start(AsrSettings.defaults().withSecondPassMaxLag(Duration.ZERO)
                .withThreads(threads)
                .withMaxBacklog(Duration.ofMinutes(10)), RecognitionObserver.NONE, answerWordPairs(o))) {
            EvalRun run = new EvalRun(recognizer, campaign, context, TurnSettings.defaults(),
                    Path.of(o.getOrDefault("cache", "target/eval-audio")), callers);
            for (String split : splits) {
                String markdown = run.run(split, limit, intents, voices, noises, String.join(" ", args));
                String name = Path.of(split).getFileName().toString().replaceFirst("\\.tsv$", "");
                Path file = outDir.resolve(name + ".md");
                Files.writeString(file, markdown);
                Files.writeString(outDir.resolve(name + "-turns.tsv"), run.turnsTsv(Corpus.showsTexts(split)));
                System.out.println(markdown);
                System.out.println("(written to " + file + ")");
            }
        }
    }

    /** The library's word pairs, as the server biases its free-form pass with; {@code --lm-bias off}: none. */
    private static DomainWordPairs answerWordPairs(Map<String, String> o) {
        return "off".equals(o.get("lm-bias")) ? DomainWordPairs.NONE
                : new DomainWordPairs(IntentLibrary.english().spokenWordPairs());
    }

    private static Campaign campaign(Path file) {
        LoadResult loaded = CampaignLoader.load(file);
        if (!loaded.valid()) {
            throw new IllegalArgumentException(file + " is not valid: " + loaded.errors());
        }
        return loaded.campaign();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: IntentEval [--split dev|heldout|probe|dev,heldout|FILE.tsv] [--voices SPEC,...]"
                        + " [--noise none,cafe15,...] [--threads N] [--callers N] [--limit LINES] [--intents opt_out,...] [--out DIR] [--cache DIR]"
                        + " [--campaign FILE]; got " + Arrays.toString(args));
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
