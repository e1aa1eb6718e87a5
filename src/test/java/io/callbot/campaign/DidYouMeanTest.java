package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class DidYouMeanTest {

    private static final List<String> KEYS = List.of("max_concurrent", "calls_per_second", "ring_timeout", "retry", "trunk");

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
            "max_concurent, max_concurrent",
            "Max_Concurrent, max_concurrent",
            "calls_per_sec, calls_per_second",
            "ring_timout, ring_timeout",
            "retyr, retry",
            "trunks, trunk",
            "colour, NONE",
            "x, NONE"})
    void suggestsOnlyCloseWords(String typo, String expected) {
        assertThat(DidYouMean.closest(typo, KEYS)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ring_timout, ' (did you mean ''ring_timeout''?)'", "colour, ''"})
    void hintIsEmptyWhenNothingIsClose(String typo, String hint) {
        assertThat(DidYouMean.hint(typo, KEYS)).isEqualTo(hint);
    }
}
