package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class RespellingsTest {

    private static final Respellings RULES = new Respellings(List.of(Respellings.parse("you no -> you know"),
            Respellings.parse("thank you no -> thank you no"), Respellings.parse("don't no -> don't know")));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
        yeah you no go ahead      ; yeah you know go ahead
        thank you no              ; thank you no
        i don't no                ; i do not know
        no                        ; no
        you no you no             ; you know you know
        no thank you              ; no thank you
        """)
    void theLongestRuleAppliesOncePerPlace(String heard, String meant) {
        assertThat(String.join(" ", RULES.apply(SpokenText.words(heard)))).isEqualTo(meant);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
        us book it                ; yes book it
        can you call us please    ; can you call us please
        oh us please              ; oh yes please
        well oh us please         ; well oh us please
        """)
    void aRuleMarkedForTheStartAppliesToTheFirstWordsOnly(String heard, String meant) {
        Respellings rules = new Respellings(List.of(Respellings.parse("^us -> yes"), Respellings.parse("^oh us -> oh yes")));
        assertThat(String.join(" ", rules.apply(SpokenText.words(heard)))).isEqualTo(meant);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
        what did you pay          ; what did you say
        what did you pay for it   ; what did you pay for it
        darling                   ; who is calling
        darling i am busy         ; darling i am busy
        oh darling                ; oh darling
        """)
    void aRuleMarkedForTheEndAppliesToTheLastWordsOnly(String heard, String meant) {
        Respellings rules = new Respellings(List.of(Respellings.parse("you pay$ -> you say"),
                Respellings.parse("^darling$ -> who is calling")));
        assertThat(String.join(" ", rules.apply(SpokenText.words(heard)))).isEqualTo(meant);
    }

    @Test
    void theEnglishLibraryReadsAFirstUsAsTheYesTheLineBlurred() {
        assertThat(IntentLibrary.english().respellings().apply(SpokenText.words("us reactivate it")))
                .containsExactly("yes", "reactivate", "it");
        assertThat(IntentLibrary.english().respellings().apply(SpokenText.words("not yet call us after six pm")))
                .containsExactly("not", "yet", "call", "us", "after", "6", "pm");
    }

    @Test
    void aRuleWithoutAnArrowOrAnEmptySideIsRefusedNamingTheFileAndEntry() {
        assertThatThrownBy(() -> Respellings.parse("you no you know")).hasMessageContaining("'you no you know'");
        assertThatThrownBy(() -> Respellings.parse("you no ->  ")).hasMessageContaining("heard words -> meant words");
        assertThatThrownBy(() -> Respellings.parse("^$ -> know")).hasMessageContaining("heard words -> meant words");
        assertThatThrownBy(() -> IntentLibraryLoader.read("nlu/xx.yaml", "xx", Map.of("intents", Map.of(),
                "respell", List.of("-> know")))).hasMessageContaining("nlu/xx.yaml: respell: '-> know'");
    }

    @Test
    void theEnglishLibraryReadsTheKnowOfYouKnow() {
        assertThat(IntentLibrary.english().respellings().apply(SpokenText.words("well you no it's late")))
                .containsExactly("well", "you", "know", "it", "is", "late");
        assertThat(IntentLibrary.english().respellings().apply(SpokenText.words("you no longer call")))
                .containsExactly("you", "no", "longer", "call");
    }
}
