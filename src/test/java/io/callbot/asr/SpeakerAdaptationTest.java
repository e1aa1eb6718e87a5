package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vosk.Model;

/** A call's decoders hear the caller with the voice learned from the caller's earlier turns (the real model). */
class SpeakerAdaptationTest {

    private static Model model;

    @BeforeAll
    static void loadModel() {
        model = VoskModelLoader.load(AsrSettings.defaultModelDir(), AsrSettings.MODELS_OWN_FRAMES_PER_CHUNK,
                DomainWordPairs.NONE);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    @Test
    void aDecodersNextTurnHearsTheCallerWithTheVoiceLearnedFromTheTurnBeforeAndOnlyItsOwnWords() {
        // one voice, as in a call
        short[] before = TestAudio.speech("call-me-back-around-six-espeak-en-us");
        short[] speech = TestAudio.speech("quit-calling-me-espeak-en-us");
        List<RecognizedWord> cold;
        List<RecognizedWord> afterTurn;
        List<RecognizedWord> afterAdapting;
        try (VoskDecoder d = new VoskDecoder(model, DecoderKind.FREE_FORM)) {
            d.feed(speech, 0, speech.length);
            cold = d.finish();
        }
        try (VoskDecoder d = new VoskDecoder(model, DecoderKind.FREE_FORM)) {
            d.feed(before, 0, before.length);
            assertThat(d.finishTurn(0)).extracting(RecognizedWord::word).contains("around");
            d.feed(speech, 0, speech.length);
            afterTurn = d.finishTurn(0);
        }
        try (VoskDecoder d = new VoskDecoder(model, DecoderKind.FREE_FORM)) {
            d.adaptTo(before);
            d.feed(speech, 0, speech.length);
            afterAdapting = d.finishTurn(0);
        }
        // the espeak voice's "quit" is heard only once the decoder has learned the voice from the turn before
        assertThat(cold).extracting(RecognizedWord::word).containsExactly("we're", "calling", "me");
        assertThat(afterTurn).extracting(RecognizedWord::word).containsExactly("quit", "calling", "me");
        assertThat(afterAdapting).extracting(RecognizedWord::word).containsExactly("quit", "calling", "me");
    }

    @Test
    void aNewGrammarDecoderFirstDecodesTheCallersLatestThreeSecondsAndAFreeFormOneNothing() {
        SpeakerAdaptation speaker = new SpeakerAdaptation();
        DecoderKind grammar = DecoderKind.of(new GrammarBuilder(Optional.empty())
                .build(List.of("yes", "no"), Set.of()), 0);
        try (VoskDecoder d = new VoskDecoder(model, grammar)) {
            assertThat(speaker.adapt(d)).as("nothing heard yet").isZero();
            speaker.heard(TestAudio.speech("call-me-back-around-six-espeak-en-us"));
            speaker.heard(TestAudio.speech("quit-calling-me-espeak-en-us"));
            speaker.heard(TestAudio.speech("stop-calling-me"));
            assertThat(speaker.adapt(d)).isEqualTo(3 * 8000);
        }
        try (VoskDecoder d = new VoskDecoder(model, DecoderKind.FREE_FORM)) {
            assertThat(speaker.adapt(d)).isZero();
        }
    }
}
