package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class IntentLibraryTest {

    @Test
    void theEnglishLibraryHasEveryIntentAnOutboundCallNeedsWithHundredsOfPhrasings() {
        IntentLibrary lib = IntentLibrary.forLanguage("en-US");
        assertThat(lib.intents().keySet()).containsExactlyInAnyOrderElementsOf(IntentSetTest.ALL);
        for (LibraryIntent intent : lib.intents().values()) {
            assertThat(intent.description()).as(intent.name()).isNotBlank();
            assertThat(lib.trie(intent).phrasings()).as(intent.name() + " phrasings").isGreaterThanOrEqualTo(100);
        }
        assertThat(lib.intent("opt_out").orElseThrow().negatable()).isFalse();
        assertThat(lib.intent("no").orElseThrow().declines()).isTrue();
        assertThat(IntentLibrary.forLanguage("en-GB")).isSameAs(lib);
    }

    @Test
    void theSpokenWordPairsSpellPhrasingsAsARecognizerHearsThemAndSkipWildcards() {
        var pairs = IntentLibrary.english().spokenWordPairs();
        assertThat(pairs.get("<s>")).contains("stop", "take", "yes", "who");
        assertThat(pairs.get("off")).contains("your", "the", "this");
        assertThat(pairs.get("don't")).contains("call");
        assertThat(pairs.get("list")).contains("</s>");
        assertThat(pairs).doesNotContainKeys("*", "#", "</s>");
        assertThat(pairs.values()).noneMatch(next -> next.contains("*") || next.contains("#") || next.contains("<s>"));
    }

    @Test
    void theSpokenWordPairsAreThoseOfEveryPhrasingSpelledOut() {
        IntentLibrary library = IntentLibrary.english();
        Map<String, Set<String>> spelledOut = new TreeMap<>();
        long phrasings = 0;
        for (LibraryIntent intent : library.intents().values()) {
            for (String pattern : Stream.concat(intent.phrases().stream(), intent.grammar().stream()).toList()) {
                List<List<String>> spoken = PhrasePattern.spokenPhrasings(pattern);
                PhrasePatternTest.addPairs(spoken, spelledOut);
                phrasings += spoken.size();
            }
        }
        assertThat(phrasings).isGreaterThan(1_000_000);
        assertThat(library.spokenWordPairs()).isEqualTo(spelledOut);
    }

    @Test
    void aLanguageWithoutALibraryIsNamed() {
        assertThat(IntentLibrary.exists("zh-CN")).isFalse();
        assertThatThrownBy(() -> IntentLibrary.forLanguage("zh-CN")).hasMessageContaining("no intent library for"
                + " language 'zh'");
    }

    @Test
    void malformedLibrariesNameTheFileAndKey() {
        assertThatThrownBy(() -> IntentLibraryLoader.read("nlu/xx.yaml", "xx", Map.of("intents", List.of())))
                .hasMessage("nlu/xx.yaml: intents must be a mapping");
        assertThatThrownBy(() -> IntentLibraryLoader.read("nlu/xx.yaml", "xx", Map.of("intents",
                Map.of("yes", Map.of("phrases", List.of("(yes|yeah")))))).hasMessageContaining("nlu/xx.yaml:")
                .hasMessageContaining("'(' is never closed");
        assertThatThrownBy(() -> IntentLibraryLoader.read("nlu/xx.yaml", "xx", Map.of("intents",
                Map.of("yes", Map.of("evidence", List.of("yes .. ")))))).hasMessageContaining(
                "nlu/xx.yaml: intents.yes.evidence:");
        // the library builds its tries as it is made: a bad uncertain expression or remark is named with the file too
        assertThatThrownBy(() -> IntentLibraryLoader.read("nlu/xx.yaml", "xx", Map.of("intents", Map.of(),
                "uncertain", List.of("not (sure")))).hasMessageStartingWith("nlu/xx.yaml: ")
                .hasMessageContaining("'(' is never closed");
        assertThatThrownBy(() -> IntentLibraryLoader.read("nlu/xx.yaml", "xx", Map.of("intents", Map.of(),
                "remarks", List.of("thanks for [asking")))).hasMessageStartingWith("nlu/xx.yaml: ")
                .hasMessageContaining("never closed");
    }

    @Test
    void compiledSetsAreSharedAndFast() {
        IntentLibrary lib = IntentLibrary.english();
        List<CandidateIntent> c = List.of(new CandidateIntent("yes", "yes", List.of()));
        assertThat(lib.compile(c)).isSameAs(lib.compile(List.of(new CandidateIntent("yes", "yes", List.of()))));
    }
}
