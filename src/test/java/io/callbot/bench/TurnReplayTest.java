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

    @ParameterizedTest(name = "{0} [{2}] -> {3}")
    @CsvSource(delimiter = ';', textBlock = """
        yes please || yes please         ; yes      ; -                  ; yes
        yes please                       ; yes      ; -                  ; yes
        [unk] me || remote me            ; opt_out  ; remove me          ; opt_out
        [unk] me || remote me            ; no       ; remove me          ; none
        [unk] me || remote me            ; opt_out  ; -                  ; none
        uh || uh >> not now thanks || not now thanks ; not_now ; -       ; not_now
        """)
    void replaysTheGrammarAndFreeFormWordsAndTheRestOfTheLine(String heard, String label, String nextBest,
            String expected) {
        List<String> alternatives = nextBest.equals("-") ? List.of() : List.of(nextBest.split(" \\| "));
        assertThat(TurnReplay.replay(CAMPAIGN, heard, label, alternatives)).isEqualTo(expected);
    }
}
