package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vosk.Model;

/** Pooled Vosk decoders on the real model: reuse must not change a word or a confidence of what is heard. */
class DecoderPoolTest {

    private static Model model;
    private static final GrammarBuilder GRAMMARS = new GrammarBuilder(Optional.empty());
    private static final DecoderKind SURVEY = DecoderKind.of(GRAMMARS.build(List.of("yes", "no thanks",
            "stop calling me", "call me tomorrow", "yes i am interested", "please remove me from your list"),
            Set.of("yes")), 0);
    private static final DecoderKind SECOND_PASS = new DecoderKind(null, VoskRecognizer.SECOND_PASS_ALTERNATIVES);

    @BeforeAll
    static void loadModel() {
        model = VoskModelLoader.load(AsrSettings.defaultModelDir(), AsrSettings.MODELS_OWN_FRAMES_PER_CHUNK,
                DomainWordPairs.NONE);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    /**
     * What a decoder heard in one turn: every word with its confidence, and the next-best readings. A recycled
     * grammar decoder hears all of it as a new one does; a recycled free-form one the same words, the next-best
     * readings possibly in another order or set (as already for a call's later turns, which reuse its decoder).
     */
    private record Heard(List<RecognizedWord> words, List<String> alternatives) {
    }

    private static Heard hear(VoskDecoder decoder, short[] speech) {
        decoder.feed(speech, 0, speech.length);
        List<RecognizedWord> words = decoder.finish();
        return new Heard(words, decoder.alternatives());
    }

    @Test
    void aRecycledDecoderHearsWhatANewOneHearsWhateverItWentThroughBefore() {
        short[] before = TestAudio.speech("please-remove-me-from-your-list");
        short[] withPause = TestAudio.concat(TestAudio.speech("no-thanks"), TestAudio.noise(16000, 30, 7),
                TestAudio.speech("call-me-tomorrow"));
        List<Consumer<VoskDecoder>> histories = List.of(
                d -> hear(d, before),                                          // a finished turn
                d -> { d.feed(before, 0, before.length / 2); d.discard(); },  // a turn the call gave up
                d -> d.feed(before, 0, before.length / 2),                     // a call that ended mid-turn
                d -> hear(d, withPause),                                       // a turn Vosk cut in segments
                d -> { d.feed(before, 0, before.length); d.finishTurn(0); });   // adapted to another voice
        for (DecoderKind kind : List.of(SURVEY, SECOND_PASS)) {
            for (String answer : List.of("stop-calling-me", "yes-i-am-interested")) {
                short[] speech = TestAudio.speech(answer);
                Heard fresh;
                try (VoskDecoder d = new VoskDecoder(model, kind)) {
                    fresh = hear(d, speech);
                }
                assertThat(fresh.words()).isNotEmpty();
                for (int h = 0; h < histories.size(); h++) {
                    try (VoskDecoder d = new VoskDecoder(model, kind)) {
                        histories.get(h).accept(d);
                        d.recycle();
                        Heard again = hear(d, speech);
                        String as = String.format("%s after history %d, %s", answer, h, kind.freeForm() ? "free-form"
                                : "grammar");
                        if (kind.freeForm()) {
                            // the free-form graph is so large that its next-best readings come close to ties, and
                            // which of those the lattice keeps depends on the order in which the graph was composed
                            assertThat(again.words()).as(as).isEqualTo(fresh.words());
                        } else {
                            assertThat(again).as(as).isEqualTo(fresh);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aDecoderGivenBackServesTheNextTakeOfItsKindOnly() {
        AtomicInteger made = new AtomicInteger();
        try (DecoderPool pool = new DecoderPool(kind -> {
            made.incrementAndGet();
            return new VoskDecoder(model, kind);
        }, 4, 4)) {
            VoskDecoder grammar = pool.take(SURVEY);
            pool.give(grammar);
            VoskDecoder freeForm = pool.take(SECOND_PASS);
            assertThat(freeForm).isNotSameAs(grammar);
            assertThat(pool.take(SURVEY)).isSameAs(grammar);
            assertThat(made.get()).isEqualTo(2);
            assertThat(pool.usage()).isEqualTo(new DecoderPool.Usage(3, 1));
            pool.give(grammar);
            pool.give(freeForm);
        }
    }

    @Test
    void beyondItsLimitThePoolClosesTheDecodersLeastRecentlyGivenBack() {
        List<DecoderKind> kinds = new ArrayList<>();
        for (String phrase : List.of("yes", "no", "maybe")) {
            kinds.add(DecoderKind.of(GRAMMARS.build(List.of(phrase)), 0));
        }
        AtomicInteger made = new AtomicInteger();
        try (DecoderPool pool = new DecoderPool(kind -> {
            made.incrementAndGet();
            return new VoskDecoder(model, kind);
        }, 2, 2)) {
            List<VoskDecoder> taken = kinds.stream().map(pool::take).toList();
            taken.forEach(pool::give);
            assertThat(pool.idle()).isEqualTo(2);

            assertThat(pool.take(kinds.get(2))).isSameAs(taken.get(2));
            assertThat(pool.take(kinds.get(1))).isSameAs(taken.get(1));
            VoskDecoder remade = pool.take(kinds.get(0));
            assertThat(remade).isNotSameAs(taken.get(0));
            assertThat(made.get()).isEqualTo(4);
            List.of(remade, taken.get(1), taken.get(2)).forEach(pool::give);
        }
    }

    @Test
    void ofOneKindThePoolKeepsNoMoreThanItsLimitForAKind() {
        try (DecoderPool pool = new DecoderPool(kind -> new VoskDecoder(model, kind), 4, 2)) {
            List<VoskDecoder> secondPasses = List.of(pool.take(SECOND_PASS), pool.take(SECOND_PASS),
                    pool.take(SECOND_PASS));
            VoskDecoder grammar = pool.take(SURVEY);
            secondPasses.forEach(pool::give);
            pool.give(grammar);
            assertThat(pool.idle()).isEqualTo(3);
            VoskDecoder again = pool.take(SECOND_PASS);
            assertThat(again).isSameAs(secondPasses.get(1));
            pool.give(again);
        }
    }

    @Test
    void aClosedPoolKeepsNothing() {
        DecoderPool pool = new DecoderPool(kind -> new VoskDecoder(model, kind), 4, 4);
        VoskDecoder d = pool.take(SURVEY);
        pool.give(pool.take(SECOND_PASS));
        pool.close();
        assertThat(pool.idle()).isZero();
        pool.give(d);
        assertThat(pool.idle()).isZero();
    }
}
