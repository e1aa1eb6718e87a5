package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("unit")
class CronSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "0 0/5 9-18 ? * MON-FRI",
            "0 0 12 * * ?",
            "0 15 10 ? * 6L",
            "0 15 10 ? * 6#3",
            "0 15 10 ? * FRI#2",
            "0 15 10 L * ?",
            "0 15 10 L-2 * ?",
            "0 15 10 LW * ?",
            "0 15 10 15W * ?",
            "0 0 8-20/2 ? JAN-MAR,DEC MON,WED,FRI",
            "0 0 12 1/5 * ? 2026-2030",
            "*/30 * * ? * *",
            "0 0 10 ? * L"})
    void acceptsValidExpressions(String expression) {
        assertThat(CronSyntax.check(expression)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0 0 12 * *              | must have 6 or 7 fields (seconds minutes hours day-of-month month day-of-week [year]), had 5
            0 0 12 * * ? 2026 x     | must have 6 or 7 fields (seconds minutes hours day-of-month month day-of-week [year]), had 8
            60 0 12 * * ?           | seconds field '60': value 60 out of range 0-59
            0 0 24 * * ?            | hours field '24': value 24 out of range 0-23
            0 0 12 0 * ?            | day-of-month field '0': value 0 out of range 1-31
            0 0 12 ? 13 MON         | month field '13': value 13 out of range 1-12
            0 0 12 ? JANUARY MON    | month field 'JANUARY': 'JANUARY' is not a number or one of JAN,FEB,MAR,APR,MAY,JUN,JUL,AUG,SEP,OCT,NOV,DEC
            0 0 12 ? * 8            | day-of-week field '8': value 8 out of range 1-7
            0 0 12 * * MON          | exactly one of day-of-month and day-of-week must be '?', was '*' and 'MON'
            0 0 12 ? * ?            | exactly one of day-of-month and day-of-week must be '?', was '?' and '?'
            0 ? 12 * * ?            | minutes field '?': '?' is only allowed in day-of-month and day-of-week
            0 0 12 ?,1 * ?          | day-of-month field '?,1': '?' must stand alone
            0 0 12 * * ? 1969       | year field '1969': value 1969 out of range 1970-2099
            0 0/0 12 * * ?          | minutes field '0/0': step 0 out of range 1-59
            0 0/x 12 * * ?          | minutes field '0/x': step 'X' is not a number
            0 0 12 * * ? 20$6       | year field '20$6': character '$' is not allowed
            0 0 L * * ?             | hours field 'L': 'L' is not a number
            0 0 12 ? * 6#6          | day-of-week field '6#6': occurrence after '#' must be 1-5, was 6
            0 0 12 L-31 * ?         | day-of-month field 'L-31': offset 31 out of range 0-30
            0 0 12 32W * ?          | day-of-month field '32W': value 32 out of range 1-31
            0 0 12 1,,2 * ?         | day-of-month field '1,,2': empty list item
            0 0 *-3 * * ?           | hours field '*-3': '*' cannot start a range
            """)
    void reportsTheFirstProblem(String expression, String problem) {
        assertThat(CronSyntax.check(expression)).isEqualTo(problem);
    }
}
