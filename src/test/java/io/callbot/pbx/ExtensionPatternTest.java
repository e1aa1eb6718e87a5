package io.callbot.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Asterisk's extension matching ({@code _extension_match_core}, E_MATCH) and ordering ({@code ext_cmp}). */
@Tag("unit")
class ExtensionPatternTest {

    @ParameterizedTest(name = "{0} ~ ''{1}'' = {2}")
    @CsvSource(delimiter = '|', value = {
        "agents     | agents        | true",
        "agents     | Agents        | false",
        "agents     | agent         | false",
        "555-1212   | 5551212       | true",
        "5551212    | 555-12-12     | true",
        "_XXXX      | 2001          | true",
        "_XXXX      | 200           | false",
        "_XXXX      | 20011         | false",
        "_XXXX      | 20a1          | false",
        "_xxxx      | 2001          | true",
        "_NXX       | 123           | false",
        "_NXX       | 223           | true",
        "_ZX        | 05            | false",
        "_ZX        | 15            | true",
        "_[1-3]X    | 25            | true",
        "_[1-3]X    | 45            | false",
        "_[13a]X    | a5            | true",
        "_[]1       | 1             | true",
        "_X.        | 1             | false",
        "_X.        | 12            | true",
        "_X.        | 1abc          | true",
        "_X.        | a1            | false",
        "_pjsip-.   | pjsip-alice   | true",
        "_pjsip-.   | pjsip-sales-queue | true",
        "_pjsip-.   | pjsip         | false",
        "_pjsip-.   | PJSIP-alice   | false",
        "_X!        | 1             | true",
        "_1!        | 1             | true",
        "_+X.       | +4930123      | true",
        "_+X.       | 4930123       | false",
        "_X.        | PJSIP/support-queue | false",
        "s          | s             | true"})
    void matchesLikeAsterisk(String pattern, String exten, boolean expected) {
        assertThat(ExtensionPattern.matches(pattern, exten)).isEqualTo(expected);
    }

    @Test
    void sortsPlainNamesFirstThenMoreSpecificPatterns() {
        List<String> names = new ArrayList<>(List.of("_X.", "_XXXX", "agents", "_pjsip-.", "_NXX", "_[1-3]XX", "100",
                "_X!", "_2XXX"));
        names.sort(ExtensionPattern::compare);
        assertThat(names).containsExactly("100", "agents", "_2XXX", "_pjsip-.", "_[1-3]XX", "_NXX", "_XXXX", "_X.",
                "_X!");
    }

    @Test
    void equalScoresSortByTheLowerCharacters() {
        assertThat(ExtensionPattern.compare("_[12]", "_[34]")).isNegative();
        assertThat(ExtensionPattern.compare("_1X", "_1X")).isZero();
        assertThat(ExtensionPattern.compare("_1-X", "_1X")).as("dashes are ignored").isZero();
    }
}
