package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's language model read as OpenFst reads it: the figures below are what {@code fstinfo} and {@code fstprint}
 * (Debian's libfst-tools with its ngram plugin) print for the shipped {@code graph/Gr.fst}.
 */
class NGramFstTest {

    private static final Path GRAPH = AsrSettings.defaultModelDir().resolve("graph");
    /** The history "off", as fstprint numbers it: the unigram state's arc "off" leads there. */
    private static final int AFTER_OFF = 36725;

    @Test
    void readsTheArcsAndFinalCostsOpenFstPrints() throws Exception {
        NGramFst lm = NGramFst.read(GRAPH.resolve("Gr.fst")).orElseThrow();
        assertThat(lm.states()).isEqualTo(196_557);
        assertThat(lm.arcs()).isEqualTo(2_195_831 - 196_556); // fstinfo counts the backoff arcs too
        assertThat(cost(lm, 1, "listed")).isCloseTo(12.2726889f, within(1e-5f)); // from the start state
        assertThat(cost(lm, 0, "off")).isCloseTo(7.14925957f, within(1e-5f));
        assertThat(lm.word(lm.lastWord(AFTER_OFF))).isEqualTo("off");
        assertThat(lm.lastWord(1)).isZero(); // the sentence start
        assertThat(cost(lm, AFTER_OFF, "your")).isCloseTo(4.36242723f, within(1e-5f));
        assertThat(cost(lm, AFTER_OFF, "the")).isCloseTo(1.79599237f, within(1e-5f));
        assertThat(lm.finalCost(AFTER_OFF)).isCloseTo(2.13384986f, within(1e-5f));
    }

    @Test
    void biasingFavoursTheAnswersWordPairsAndLeavesTheRestOfTheModelAsItWas() throws Exception {
        NGramFst lm = NGramFst.read(GRAPH.resolve("Gr.fst")).orElseThrow();
        int offYour = (int) java.util.stream.IntStream.range(0, lm.arcs())
                .filter(a -> lm.word(lm.lastWord(lm.arcState(a))).equals("off")
                        && lm.word(lm.arcWord(a)).equals("your"))
                .count();

        LanguageModelBias.Biased biased = LanguageModelBias.apply(lm, new DomainWordPairs(Map.of(
                "off", Set.of("your", DomainWordPairs.END), "nosuchword", Set.of("list"))), 0.2);

        assertThat(biased.added()).isZero(); // "off your" is in the model
        assertThat(biased.favoured()).isEqualTo(offYour).isPositive();
        // p' = 0.8 p + 0.2 / 2 for the two words that follow "off" in the answers, 0.8 p for any other
        assertThat(cost(lm, AFTER_OFF, "your")).isCloseTo((float) -Math.log(0.8 * Math.exp(-4.36242723) + 0.1),
                within(1e-5f));
        assertThat(lm.finalCost(AFTER_OFF)).isCloseTo((float) -Math.log(0.8 * Math.exp(-2.13384986) + 0.1),
                within(1e-5f));
        assertThat(cost(lm, AFTER_OFF, "the")).isCloseTo((float) (1.79599237 - Math.log(0.8)), within(1e-5f));
        assertThat(cost(lm, 0, "off")).isCloseTo(7.14925957f, within(1e-5f)); // the empty history: as it was
    }

    @Test
    void aPairTheModelNeverSawGetsAnArcAfterItsOneWordHistoryAtItsBackoffCostMixed() throws Exception {
        NGramFst lm = NGramFst.read(GRAPH.resolve("Gr.fst")).orElseThrow();
        int quit = lm.arc(0, lm.id("quit"));
        int afterQuit = java.util.stream.IntStream.range(1, lm.states())
                .filter(st -> lm.backoffState(st) == 0 && lm.word(lm.lastWord(st)).equals("quit")).findFirst()
                .orElseThrow();
        assertThat(quit).isNotNegative();
        assertThat(lm.arc(afterQuit, lm.id("ringing"))).isNegative(); // "quit ringing" is not in the model
        float viaBackoff = lm.backoffCost(afterQuit) + lm.arcCost(lm.arc(0, lm.id("ringing")));
        float calling = lm.arcCost(lm.arc(afterQuit, lm.id("calling")));

        LanguageModelBias.Biased biased = LanguageModelBias.apply(lm, new DomainWordPairs(Map.of(
                "quit", Set.of("calling", "ringing"))), 0.2);

        NGramFst out = biased.model();
        assertThat(biased.added()).isEqualTo(1);
        assertThat(out.arcs()).isEqualTo(lm.arcs() + 1);
        assertThat(out.arcCost(out.arc(afterQuit, out.id("ringing"))))
                .isCloseTo((float) -Math.log(0.8 * Math.exp(-viaBackoff) + 0.1), within(1e-5f));
        assertThat(out.arcCost(out.arc(afterQuit, out.id("calling"))))
                .isCloseTo((float) -Math.log(0.8 * Math.exp(-calling) + 0.1), within(1e-5f));
        // every other arc is where it was, in word order, and the model reads back whole
        NGramFst again = NGramFst.read(write(out)).orElseThrow();
        assertThat(again.arcs()).isEqualTo(out.arcs());
        assertThat(cost(again, AFTER_OFF, "your")).isCloseTo((float) (4.36242723 - Math.log(0.8)), within(1e-5f));
        assertThat(again.arc(afterQuit, again.id("ringing"))).isNotNegative();
    }

    @Test
    void aModelThatKnowsNoneOfTheAnswersWordsIsLeftAsItIs() throws Exception {
        NGramFst lm = NGramFst.read(GRAPH.resolve("Gr.fst")).orElseThrow();
        byte[] before = lm.bytes().clone();
        assertThat(LanguageModelBias.apply(lm, new DomainWordPairs(Map.of("zzqx", Set.of("qqzx"))), 0.2).favoured())
                .isZero();
        assertThat(Arrays.equals(before, lm.bytes())).isTrue();
    }

    @Test
    void anotherFstTypeIsNoNGramModelAndATruncatedOneIsRefused(@TempDir Path dir) throws Exception {
        assertThat(NGramFst.read(GRAPH.resolve("HCLr.fst"))).isEmpty();
        byte[] whole = Files.readAllBytes(GRAPH.resolve("Gr.fst"));
        Path cut = dir.resolve("Gr.fst");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 1000));
        assertThatThrownBy(() -> NGramFst.read(cut)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
    }

    private static Path write(NGramFst lm) throws Exception {
        Path file = Files.createTempFile("biased-", ".fst");
        file.toFile().deleteOnExit();
        return Files.write(file, lm.bytes());
    }

    private static float cost(NGramFst lm, int state, String word) {
        int id = lm.id(word);
        for (int a = 0; a < lm.arcs(); a++) {
            if (lm.arcState(a) == state && lm.arcWord(a) == id) {
                return lm.arcCost(a);
            }
        }
        throw new AssertionError("no arc " + word + " from state " + state);
    }
}
