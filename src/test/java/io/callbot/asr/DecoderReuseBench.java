package io.callbot.asr;

import com.sun.management.ThreadMXBean;
import io.callbot.nlu.CandidateIntent;
import io.callbot.nlu.IntentLibrary;
import io.callbot.nlu.IntentSet;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.vosk.Model;

/**
 * What a Vosk recognizer used again saves ({@link DecoderPool}): the CPU per audio second of decoding the speech
 * fixtures with a new recognizer per answer against one recognizer recycled between answers, for the intent
 * library's grammar, a nine-phrase grammar and free-form; and what making a recognizer costs before it decodes
 * anything. One thread, three rounds.
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.callbot.asr.DecoderReuseBench}
 */
public final class DecoderReuseBench {

    private static final ThreadMXBean CPU = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final String[] FIXTURES = {"yes", "no-thanks", "stop-calling-me", "call-me-tomorrow",
        "one-two-three", "yes-i-am-interested"};

    private DecoderReuseBench() {
    }

    public static void main(String[] args) {
        List<short[]> answers = new ArrayList<>();
        long samples = 0;
        for (String f : FIXTURES) {
            answers.add(TestAudio.speech(f));
            samples += answers.get(answers.size() - 1).length;
        }
        double audioSeconds = samples / 8000.0;
        IntentSet library = IntentLibrary.english().compile(List.of("yes", "no", "opt_out", "agent", "callback",
                "wrong_person", "are_you_a_robot", "repeat", "not_now", "who_is_calling").stream()
                .map(n -> new CandidateIntent(n, n, List.of())).toList());
        GrammarBuilder grammars = new GrammarBuilder(ModelVocabulary.read(AsrSettings.defaultModelDir()));
        DecoderKind libraryKind = DecoderKind.of(grammars.build(library.grammar(), library.oneWordAnswers()), 0);
        DecoderKind nine = DecoderKind.of(grammars.build(List.of("yes", "no thanks", "stop calling me",
                "call me tomorrow", "one two three", "yes i am interested", "no", "maybe later", "who is this")), 0);
        try (Model model = VoskModelLoader.load(AsrSettings.defaultModelDir(),
                AsrSettings.MODELS_OWN_FRAMES_PER_CHUNK,
                new DomainWordPairs(IntentLibrary.english().spokenWordPairs()))) {
            System.out.println("round | decodes with | new recognizer per answer, CPU ms per audio s | one used again"
                    + " | making one, CPU ms");
            for (int round = 1; round <= 3; round++) {
                for (DecoderKind kind : List.of(libraryKind, nine, DecoderKind.FREE_FORM)) {
                    long t0 = CPU.getCurrentThreadCpuTime();
                    for (short[] a : answers) {
                        try (VoskDecoder d = new VoskDecoder(model, kind)) {
                            hear(d, a);
                        }
                    }
                    double fresh = (CPU.getCurrentThreadCpuTime() - t0) / 1e6 / audioSeconds;
                    double reused;
                    try (VoskDecoder d = new VoskDecoder(model, kind)) {
                        long t1 = CPU.getCurrentThreadCpuTime();
                        for (short[] a : answers) {
                            hear(d, a);
                            d.recycle();
                        }
                        reused = (CPU.getCurrentThreadCpuTime() - t1) / 1e6 / audioSeconds;
                    }
                    long t2 = CPU.getCurrentThreadCpuTime();
                    new VoskDecoder(model, kind).close();
                    double making = (CPU.getCurrentThreadCpuTime() - t2) / 1e6;
                    System.out.printf("%d | %s | %.0f | %.0f | %.0f%n", round, kind == nine ? "nine phrases"
                            : kind.freeForm() ? "free-form" : "library grammar", fresh, reused, making);
                }
            }
        }
    }

    private static void hear(VoskDecoder d, short[] answer) {
        d.feed(answer, 0, answer.length);
        d.finish();
    }
}
