package io.callbot.tts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class EnglishTextNormalizerTest {

    private final EnglishTextNormalizer normalizer = new EnglishTextNormalizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Call us at 555-123-4567.                 | Call us at five five five, one two three, four five six seven.
            +1 (555) 123-4567                        | plus one, five five five, one two three, four five six seven
            (212) 555.0100                           | two one two, five five five, zero one zero zero
            +44 20 7946 0958                         | plus four four, two zero, seven nine four six, zero nine five eight
            5551234567                               | five five five, one two three, four five six seven
            15551234567                              | one, five five five, one two three, four five six seven
            +8613800138000                           | plus eight six, one three eight, zero zero one three, eight zero zero zero
            +15551234567                             | plus one, five five five, one two three, four five six seven
            call 555 1234 now                        | call five hundred fifty-five one thousand two hundred thirty-four now
            """)
    void phoneNumbersAreReadDigitByDigitInGroups(String text, String expected) {
        assertThat(normalizer.normalize(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            You owe $12.50 today.     | You owe twelve dollars and fifty cents today.
            $1                        | one dollar
            $1.01                     | one dollar and one cent
            $0.50                     | fifty cents
            $12.5                     | twelve dollars and fifty cents
            $12.00                    | twelve dollars
            $1,234,567.89             | one million two hundred thirty-four thousand five hundred sixty-seven dollars and eighty-nine cents
            ¥1,200                    | one thousand two hundred yen
            ¥500 please               | five hundred yen please
            €3.20                     | three euros and twenty cents
            £1.01                     | one pound and one penny
            """)
    void moneyIsReadWithUnits(String text, String expected) {
        assertThat(normalizer.normalize(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Delivery on 2026-12-01.   | Delivery on December first, twenty twenty-six.
            2005-03-22                | March twenty-second, two thousand five
            2000-01-31                | January thirty-first, two thousand
            1999-07-04                | July fourth, nineteen ninety-nine
            1905-11-11                | November eleventh, nineteen oh five
            12/25/2026                | December twenty-fifth, twenty twenty-six
            2026-13-45                | two zero two six, one three, four five
            """)
    void datesAreSpokenAsMonthDayYear(String text, String expected) {
        assertThat(normalizer.normalize(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            See you at 17:30.         | See you at five thirty p m.
            09:05                     | nine oh five a m
            9:00                      | nine a m
            12:15                     | twelve fifteen p m
            00:45                     | twelve forty-five a m
            7:45 pm                   | seven forty-five p m
            7:45 AM                   | seven forty-five a m
            11:20 p.m.                | eleven twenty p m
            """)
    void timesAreSpokenOnATwelveHourClock(String text, String expected) {
        assertThat(normalizer.normalize(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the 3rd time              | the third time
            1st                       | first
            2nd                       | second
            21st                      | twenty-first
            12th                      | twelfth
            40th                      | fortieth
            103rd                     | one hundred third
            """)
    void ordinalsAreSpelledOut(String text, String expected) {
        assertThat(normalizer.normalize(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Your order #4217 shipped.     | Your order number four two one seven shipped.
            order # 42                    | order number four two
            ticket #A42-7                 | ticket number A four two seven
            a 12.5% discount              | a twelve point five percent discount
            100%                          | one hundred percent
            3 items for 1,200 points      | three items for one thousand two hundred points
            pi is 3.14                    | pi is three point one four
            agent 007                     | agent zero zero seven
            Tom & Jerry                   | Tom and Jerry
            no digits here                | no digits here
            code COMEBACK20, that's C O M E B A C K 2 0 | code COMEBACK twenty, that's C O M E B A C K two zero
            """)
    void orderNumbersPercentagesAndPlainNumbers(String text, String expected) {
        assertThat(normalizer.normalize(text)).isEqualTo(expected);
    }
}
