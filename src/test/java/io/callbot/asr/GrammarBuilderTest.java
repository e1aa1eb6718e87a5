package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class GrammarBuilderTest {

    private static GrammarBuilder builderKnowing(Path dir, String... words) throws Exception {
        Files.createDirectories(dir.resolve("graph"));
        StringBuilder sb = new StringBuilder("<eps> 0\n");
        for (int i = 0; i < words.length; i++) {
            sb.append(words[i]).append(' ').append(i + 1).append('\n');
        }
        Files.writeString(dir.resolve("graph/words.txt"), sb.toString());
        return new GrammarBuilder(ModelVocabulary.read(dir));
    }

    @Test
    void phrasesAreNormalizedThenTheirWordsAndUnkAreAddedThenEachPhraseOfWordsAgainToWeighIt(@TempDir Path tmp)
            throws Exception {
        Grammar g = builderKnowing(tmp, "yes", "no", "thanks", "don't").build(List.of("Yes!", "No, thanks.", "Don't"));
        assertThat(GrammarBuilder.PHRASE_WEIGHT).isGreaterThan(1);
        assertThat(g.json()).isEqualTo("[\"yes\",\"no thanks\",\"don't\",\"no\",\"thanks\",\"[unk]\""
                + ",\"no thanks\"".repeat(GrammarBuilder.PHRASE_WEIGHT - 1) + "]");
        assertThat(g.phrases()).containsEntry("no thanks", "No, thanks.");
        assertThat(g.unknownWords()).isEmpty();
    }

    @Test
    void aOneWordPhraseNamedAWholeAnswerIsWeighedLikeThePhrasesOfWordsTheOthersCountOnce(@TempDir Path tmp)
            throws Exception {
        GrammarBuilder builder = builderKnowing(tmp, "yes", "no", "thanks", "nope", "maybe");
        // "Nope." is named as spelled by the dialog: the builder compares normalized phrases
        Grammar g = builder.build(List.of("yes", "no thanks", "nope", "maybe"), Set.of("Nope.", "yes", "thanks"));
        String once = "[\"yes\",\"no thanks\",\"nope\",\"maybe\",\"no\",\"thanks\",\"[unk]\"";
        assertThat(g.json()).isEqualTo(once + ",\"yes\",\"no thanks\",\"nope\"".repeat(GrammarBuilder.PHRASE_WEIGHT - 1)
                + "]");
        // "thanks" is no phrase of its own, only a word of one: named or not, it counts once
        assertThat(builder.build(List.of("yes", "no thanks", "nope", "maybe")).json())
                .isEqualTo(once + ",\"no thanks\"".repeat(GrammarBuilder.PHRASE_WEIGHT - 1) + "]");
    }

    @Test
    void theGrammarsWordsAreThoseOfItsUsablePhrasesBesidesFillers(@TempDir Path tmp) throws Exception {
        Grammar g = builderKnowing(tmp, "stop", "calling", "me", "please", "no").build(
                List.of("stop calling me", "please", "no", "call me maybe"));
        // "me" and "please" are fillers; "call" and "maybe" belong to a dropped phrase only
        assertThat(g.words()).containsExactlyInAnyOrder("stop", "calling", "no");
    }

    @Test
    void phrasesWithUnknownWordsAreDroppedAndReported(@TempDir Path tmp) throws Exception {
        Grammar g = builderKnowing(tmp, "yes", "call", "me").build(List.of("yes", "call me maybe", "42"));
        // "me" stays as a filler word the model knows; the dropped phrase's other words do not come in
        assertThat(g.json()).isEqualTo("[\"yes\",\"me\",\"[unk]\"]");
        assertThat(g.dropped()).containsExactly("call me maybe", "42");
        assertThat(g.unknownWords()).containsExactlyInAnyOrder("maybe", "42");
        assertThat(g.usable()).isTrue();
    }

    @Test
    void noUsablePhraseMeansNoFillersEither(@TempDir Path tmp) throws Exception {
        Grammar g = builderKnowing(tmp, "please", "yes").build(List.of("zorblax"));
        assertThat(g.usable()).isFalse();
        assertThat(g.json()).isEqualTo("[\"[unk]\"]");
    }

    @Test
    void quotesCannotBreakTheJson(@TempDir Path tmp) throws Exception {
        Grammar g = new GrammarBuilder(java.util.Optional.empty()).build(List.of("say \"hi\"\\"));
        assertThat(g.json()).startsWith("[\"say hi\",\"say\",\"hi\",\"please\",").contains(",\"[unk]\",\"say hi\"")
                .endsWith(",\"say hi\"]");
    }
}
