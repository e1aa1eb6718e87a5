package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        assertThat(ends(new PhraseTrie(List.of("tell me about *"), Set.of(), lib.clauseWords()), tables.lexicon,
                "tell me about it no"))
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

    @Test
    void theEnglishLibraryHoldsTheWordClassesTheReadingUses() {
        ClauseWords words = IntentLibrary.english().clauseWords();
        assertThat(words.closingCorrectors()).containsExactlyInAnyOrder("actually", "instead");
        assertThat(words.placePrepositions()).containsExactlyInAnyOrder("in");
        assertThat(words.determiners()).containsExactlyInAnyOrder("the", "a", "an", "my", "our", "his", "her", "their",
                "your");
        assertThat(words.auxiliaries()).containsExactlyInAnyOrder("do", "does", "did", "would", "will", "can", "could",
                "should", "shall", "may", "might", "must", "am", "is", "are", "was", "were", "have", "has", "had");
        assertThat(words.newSubjects()).containsExactlyInAnyOrder("he", "she", "they");
        assertThat(words.consequences()).containsExactlyInAnyOrder("so");
        assertThat(words.firstPerson()).containsExactlyInAnyOrder("i", "we");
    }

    /** The word classes the reading uses, in a small library, each with what it changes in one answer. */
    private static final Map<String, List<String>> READ_CLASSES = Map.of("closing_corrector", List.of("actually"),
            "place_preposition", List.of("in"), "determiner", List.of("the"), "auxiliary", List.of("would"),
            "new_subject", List.of("he"), "consequence", List.of("so"), "first_person", List.of("i"));

    @Test
    void theReadingTakesItsWordsFromTheLibrarysClasses() {
        // class -> what was said, the reading with the library's class, the reading when the class holds other words
        Map<String, List<String>> cases = Map.of(
                "closing_corrector", List.of("yes actually", "yes", "none"),
                "place_preposition", List.of("i am in the garden", "none", "yes"),
                "determiner", List.of("i am in the garden", "none", "yes"),
                "auxiliary", List.of("yes i would not", "none", "yes"),
                "new_subject", List.of("not me he can sign for it", "yes", "none"),
                "consequence", List.of("it never buffers so i do not see the point", "no", "none"),
                "first_person", List.of("if i need it", "none", "yes"));
        assertThat(cases.keySet()).isEqualTo(READ_CLASSES.keySet());
        IntentSet library = smallLibrary(READ_CLASSES);
        cases.forEach((name, c) -> {
            Map<String, List<String>> other = new HashMap<>(READ_CLASSES);
            other.put(name, List.of("xyzzy"));
            assertThat(IntentSetTest.read(library, c.get(0))).as(name + ": " + c.get(0)).isEqualTo(c.get(1));
            assertThat(IntentSetTest.read(smallLibrary(other), c.get(0))).as(name + " of other words: " + c.get(0))
                    .isEqualTo(c.get(2));
        });
    }

    @Test
    void aClassNothingUsesIsRefusedSoAMisspeltNameCannotTurnItsRuleOffSilently() {
        assertThatThrownBy(() -> IntentLibraryLoader.read("nlu/xx.yaml", "xx", Map.of("intents", Map.of(),
                "word_classes", Map.of("place_prepositon", List.of("in")))))
                .hasMessageContaining("nlu/xx.yaml: word_classes.place_prepositon is never used")
                .hasMessageContaining("place_preposition");
        // named by an entry, or read by the code: both load
        IntentLibraryLoader.read("nlu/xx.yaml", "xx", Map.of("intents", Map.of(), "uncertain", List.of("<verb> it"),
                "word_classes", Map.of("verb", List.of("renew"), "place_preposition", List.of("in"))));
    }

    @Test
    void aLibraryWithoutTheClassesTheReadingUsesReadsThemAsEmptyLikeItsAnswerWords() {
        IntentLibrary lib = IntentLibraryLoader.read("nlu/xx.yaml", "xx", Map.of("intents", Map.of()));
        assertThat(lib.answerWords()).isEmpty();
        ClauseWords words = lib.clauseWords();
        assertThat(List.of(words.closingCorrectors(), words.placePrepositions(), words.determiners(),
                words.auxiliaries(), words.newSubjects(), words.consequences(), words.firstPerson()))
                .allSatisfy(set -> assertThat(set).isEmpty());
        assertThat(IntentSetTest.read(smallLibrary(Map.of()), "if i need it")).isEqualTo("yes");
    }

    /** A yes and a no with a few phrasings, the reading's word classes {@code classes}, compiled for both. */
    private static IntentSet smallLibrary(Map<String, List<String>> classes) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        Map<String, Object> wordClasses = new LinkedHashMap<>(classes);
        wordClasses.put("condition", List.of("if"));
        yaml.put("word_classes", wordClasses);
        yaml.put("intents", Map.of("yes", Map.of("phrases", List.of("yes", "i need it", "i am in", "i would",
                "he can sign for it")), "no", Map.of("phrases", List.of("no", "i do not see the point"))));
        yaml.put("negators", List.of("not", "never"));
        yaml.put("correctors", List.of("actually", "but"));
        IntentLibrary lib = IntentLibraryLoader.read("nlu/xx.yaml", "xx", yaml);
        return lib.compile(List.of(new CandidateIntent("yes", "yes", List.of()),
                new CandidateIntent("no", "no", List.of())));
    }

    /** Where the phrasings of {@code trie} found in {@code said} end. */
    private static List<Integer> ends(PhraseTrie trie, Lexicon lexicon, String said) {
        List<Span> found = new ArrayList<>();
        trie.find(new Utterance(said, IntentLibrary.english()), lexicon, 0, found);
        return found.stream().map(Span::end).distinct().toList();
    }
}
