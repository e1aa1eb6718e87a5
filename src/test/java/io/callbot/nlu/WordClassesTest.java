package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
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
}
