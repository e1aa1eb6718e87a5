package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Intent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching real-sounding utterances: normalization, synonyms, contained phrases, keywords, negation, keys. */
class IntentMatcherTest {

    private final IntentMatcher matcher = new IntentMatcher(Synonyms.defaults(), 0.5);

    private static List<Intent> salesIntents() {
        List<Intent> all = new ArrayList<>(List.of(Fixtures.YES, Fixtures.NO, Fixtures.NOT_INTERESTED));
        Fixtures.salesDialog().globals().values().stream().map(GlobalIntent::intent).forEach(all::add);
        return all;
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        yes                                   | yes
        Yeah!                                 | yes
        Yep, sure.                            | yes
        YES, I want it.                       | yes
        Okay that sounds good                 | yes
        no                                    | no
        Nope.                                 | no
        no thanks                             | no
        not interested                        | not_interested
        I'm not interested.                   | not_interested
        I am really not interested            | not_interested
        please stop calling me                | opt_out
        Don't call me again!                  | opt_out
        do not call                           | opt_out
        can I speak to an operator            | agent
        I want a real person                  | agent
        is this a machine?                    | robot
        Am I talking to a computer?           | robot
        I'm busy right now                    | callback
        call me tomorrow at five              | callback
        uh what                               | -
        purple                                | -
        ''                                    | -
        """)
    void matchesSpeech(String said, String expected) {
        assertThat(matcher.match(said, salesIntents()).map(m -> m.intent().name()).orElse(null)).isEqualTo(expected);
    }

    private static final Intent INTERESTED = new Intent("interested",
            List.of("interested", "i want it", "sign me up"), List.of());

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        interested                            | interested
        I'm interested                        | interested
        yes I want it now                     | interested
        please sign me up                     | interested
        not interested                        | -
        I'm not really interested             | -
        no I don't want it                    | -
        I do not want it                      | -
        never sign me up                      | -
        don't sign me up                      | -
        I won't sign me up for that           | -
        """)
    void negationIsNotTheIntent(String said, String expected) {
        assertThat(matcher.match(said, List.of(INTERESTED)).map(m -> m.intent().name()).orElse(null))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" scores as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        sign me up                | EXACT
        well please sign me up    | CONTAINED
        sign up me                | KEYWORDS
        """)
    void exactBeatsContainedBeatsKeywords(String said, IntentMatch.Kind kind) {
        IntentMatch m = matcher.match(said, List.of(INTERESTED)).orElseThrow();
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.score()).isBetween(0.5, 1.0);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        option one          | option 1
        option 1            | option 1
        press twenty one    | press 21
        """)
    void numberWordsAndDigitsAreTheSame(String said, String phrase) {
        Intent intent = new Intent("pick", List.of(phrase), List.of());
        assertThat(matcher.match(said, List.of(intent))).isPresent();
    }

    @ParameterizedTest(name = "key {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        1 | yes
        2 | no
        9 | opt_out
        0 | agent
        5 | -
        # | -
        """)
    void matchesKeys(String key, String expected) {
        assertThat(matcher.matchDtmf(key, salesIntents()).map(m -> m.intent().name()).orElse(null))
                .isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void earlierIntentsWinTies() {
        Intent first = new Intent("first", List.of("maybe"), List.of("1"));
        Intent second = new Intent("second", List.of("maybe"), List.of("1"));
        assertThat(matcher.match("maybe", List.of(first, second)).orElseThrow().intent()).isEqualTo(first);
        assertThat(matcher.matchDtmf("1", List.of(second, first)).orElseThrow().intent()).isEqualTo(second);
    }
}
