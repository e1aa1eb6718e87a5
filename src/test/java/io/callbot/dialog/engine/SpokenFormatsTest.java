package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.nlu.NumberWords;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers, money and dates in words for speech. */
@Tag("unit")
class SpokenFormatsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        0          | zero
        7          | seven
        13         | thirteen
        42         | forty two
        100        | one hundred
        1205       | one thousand two hundred five
        2000000    | two million
        -3         | minus three
        """)
    void numbersInWords(long n, String words) {
        assertThat(NumberWords.toWords(n)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1 dollar        | USD | one dollar
        0.01            | USD | zero dollars and one cent
        19.99           | usd | nineteen dollars and ninety nine cents
        -5              | EUR | minus five euros
        88              | CNY | eighty eight yuan
        1,250.00        | GBP | one thousand two hundred fifty pounds
        """)
    void money(String amount, String currency, String words) {
        String value = amount.replace(" dollar", "");
        assertThat(SpokenFormats.money(value, currency)).isEqualTo(words);
    }

}
