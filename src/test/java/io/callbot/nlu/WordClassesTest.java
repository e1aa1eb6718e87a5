package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code word_classes}: a named word list one library rule or many name as {@code <name>}. */
@Tag("unit")
class WordClassesTest {

    @Test
    void aReferenceStandsForTheClassWordsAsAlternativesInEveryStringOfTheLibrary() {
        WordClasses classes = WordClasses.read("nlu/xx.yaml", Map.of("verb", List.of("renew", "go ahead with")));
        Map<String, Object> root = classes.expandIn("nlu/xx.yaml", Map.of("intents", Map.of("yes", Map.of("phrases",
                List.of("(<verb>|switch) it", "<verb> <verb>", "plain words"))), "negators", List.of("not")));
        assertThat(root).isEqualTo(Map.of("intents", Map.of("yes", Map.of("phrases",
                List.of("(renew|go ahead with|switch) it", "renew|go ahead with renew|go ahead with", "plain words"))),
                "negators", List.of("not")));
    }

    @Test
    void anUnknownClassOrAClassThatIsNoListIsRefusedNamingTheFileAndEntry() {
        WordClasses classes = WordClasses.read("nlu/xx.yaml", Map.of("verb", List.of("renew")));
        assertThatThrownBy(() -> classes.expandIn("nlu/xx.yaml", Map.of("uncertain", List.of("(<verbs>) it"))))
                .hasMessageContaining("nlu/xx.yaml: no word class 'verbs' (word_classes) for '(<verbs>) it'");
        assertThatThrownBy(() -> WordClasses.read("nlu/xx.yaml", Map.of("verb", "renew")))
                .hasMessageContaining("nlu/xx.yaml: word_classes.verb must be a list of words");
        assertThatThrownBy(() -> IntentLibraryLoader.read("nlu/xx.yaml", "xx", Map.of("intents", Map.of(),
                "uncertain", List.of("<nothing>")))).hasMessageContaining("no word class 'nothing'");
    }

    @Test
    void theEnglishLibraryReadsItsOfferVerbsThroughTheirClass() {
        assertThat(IntentLibrary.english().intent("yes").orElseThrow().phrases())
                .anyMatch(p -> p.contains("(renew|book|schedule|process|extend|reserve|arrange|rebook|activate|finalize|"
                        + "finalise|submit|proceed with|go ahead with|reactivate|reinstate|switch|upgrade)"))
                .noneMatch(p -> p.contains("<offer_verb>"));
    }

    @Test
    void aWildcardNeverStandsForTheYesAndNoWordsOfTheirClass() {
        IntentLibrary lib = IntentLibrary.english();
        assertThat(lib.answerWords()).containsExactlyInAnyOrder("no", "nope", "nah", "yes", "yeah", "yep");
        // a campaign's phrasing, built where every phrasing of a listening state is: "*" is a thing, never the answer
        IntentTables tables = new IntentTables(lib, List.of(new CandidateIntent("ask", null, List.of("tell me about *"))));
        PhraseTrie campaign = tables.tries.get(0).get(0);
        assertThat(ends(campaign, tables.lexicon, "tell me about it")).containsExactly(4);
        assertThat(ends(campaign, tables.lexicon, "tell me about it no")).containsExactly(4);
        assertThat(ends(campaign, tables.lexicon, "tell me about yeah")).isEmpty();
        // without the class, the wildcard would swallow the answer
        assertThat(ends(new PhraseTrie(List.of("tell me about *"), Set.of()), tables.lexicon, "tell me about it no"))
                .contains(5);
    }

    @Test
    void aConditionOfItsClassRightBeforeTheCallersOwnYesDeniesIt() {
        assertThat(IntentLibrary.english().clauseWords().conditions()).containsExactlyInAnyOrder("if", "whether",
                "unless");
        assertThat(IntentSetTest.read(IntentSetTest.SET, "I want it")).isEqualTo("yes");
        assertThat(IntentSetTest.read(IntentSetTest.SET, "only if I need it")).isEqualTo("none");
        assertThat(IntentSetTest.read(IntentSetTest.SET, "unless we want one")).isEqualTo("none");
        assertThat(IntentSetTest.read(IntentSetTest.SET, "whether i want one or not")).isEqualTo("none");
    }

    /** Where the phrasings of {@code trie} found in {@code said} end. */
    private static List<Integer> ends(PhraseTrie trie, Lexicon lexicon, String said) {
        List<Span> found = new ArrayList<>();
        trie.find(new Utterance(said, IntentLibrary.english()), lexicon, 0, found);
        return found.stream().map(Span::end).distinct().toList();
    }
}
