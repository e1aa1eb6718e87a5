package io.callbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.bench.eval.EvalCampaign;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A voice run's heard words replayed into the evaluation campaign's dialog, as the call would have read them. */
@Tag("unit")
class TurnReplayTest {

    private static final EvalCampaign CAMPAIGN = EvalCampaign.load(EvalCampaign.DEFAULT);

    @ParameterizedTest(name = "{0} [{2}] -> {3}, asked {4}")
    @CsvSource(delimiter = ';', textBlock = """
        yes please || yes please         ; yes      ; -                  ; yes     ; false
        yes please                       ; yes      ; -                  ; yes     ; false
        [unk] me || remote me            ; opt_out  ; remove me          ; opt_out ; true
        [unk] me || remote me            ; no       ; remove me          ; none    ; true
        [unk] me || remote me            ; opt_out  ; -                  ; none    ; false
        uh || uh >> not now thanks || not now thanks ; not_now ; -       ; not_now ; false
        """)
    void replaysTheGrammarAndFreeFormWordsAndTheRestOfTheLine(String heard, String label, String nextBest,
            String expected, boolean asked) {
        List<String> alternatives = nextBest.equals("-") ? List.of() : List.of(nextBest.split(" \\| "));
        assertThat(TurnReplay.replayed(CAMPAIGN, heard, label, alternatives))
                .isEqualTo(new TurnReplay.Replayed(expected, asked));
    }
}
