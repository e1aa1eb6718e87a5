package io.callbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class EvidenceRuleTest {

    private final Lexicon lexicon = new Lexicon(List.of("stop", "call", "list", "remove", "off", "me", "not"));

    @ParameterizedTest(name = "\"{1}\" ~ \"{0}\": {2}")
    @CsvSource(delimiter = ';', textBlock = """
        stop|quit .. call*                ; please stop calling me            ; 1 3
        stop|quit .. call*                ; quit it you keep calling          ; 0 5
        stop|quit .. call*                ; calling me stop                   ; -
        stop ..1 call*                    ; stop it now calling               ; -
        remove|off .. list                ; take me off the least             ; 2 5
        do not .. call*                   ; i do not want your calls          ; 1 6
        [unk] ..2 list                    ; [unk] your list                   ; 0 3
        unsubscrib*                       ; unsubscribed                      ; 0 1
        """)
    void findsGroupsInOrderWithinTheGap(String rule, String said, String span) {
        Utterance u = new Utterance(said, IntentLibrary.english());
        List<int[]> found = EvidenceRule.parse(rule).find(u.words(), lexicon);
        if (span.equals("-")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).isNotEmpty();
            assertThat(found.get(0)[0] + " " + found.get(0)[1]).isEqualTo(span);
        }
    }

    @org.junit.jupiter.api.Test
    void theGrammarGetsWholeWordsOnlyNotPrefixForms() {
        assertThat(EvidenceRule.parse("stop|no more .. call*|phon*|unsubscrib*").words())
                .containsExactly("stop", "no", "more");
    }

    @org.junit.jupiter.api.Test
    void anEmptyGroupIsAnError() {
        assertThatThrownBy(() -> EvidenceRule.parse("stop .. | ")).hasMessageContaining("group 2 is empty");
    }
}
