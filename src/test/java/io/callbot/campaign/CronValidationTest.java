package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code schedule.cron} is checked with Quartz's own parser; its error names the value's line and column. */
@Tag("unit")
class CronValidationTest {

    private static final String BASE_CRON = "cron: \"0 0/5 9-18 ? * MON-FRI\"";

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
            "0 0 10 ? * L",
            "0 0/10 9-19 ? * MON-SAT",
            // Quartz reads these leniently (JANUARY as JAN, a zero step, an empty list item, '*' starting a range)
            "0 0 12 ? JANUARY MON",
            "0 0/0 12 * * ?",
            "0 0 12 1,,2 * ?",
            "0 0 *-3 * * ?"})
    void acceptsWhatQuartzAccepts(String expression) {
        assertThat(Fixture.errors(Fixture.with(BASE_CRON, "cron: \"" + expression + "\""))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            0 0 12 * *              | Unexpected end of expression.
            0 0 12 * * ? 2026 x     | Invalid expression has too many terms: 0 0 12 * * ? 2026 X
            60 0 12 * * ?           | Minute and Second values must be between 0 and 59
            0 0 24 * * ?            | Hour values must be between 0 and 23
            0 0 12 0 * ?            | Day of month values must be between 1 and 31
            0 0 12 ? 13 MON         | Month values must be between 1 and 12
            0 0 12 ? * 8            | Day-of-Week values must be between 1 and 7
            0 0 12 * * MON          | Support for specifying both a day-of-week AND a day-of-month parameter is not implemented.
            0 0 12 ? * ?            | '?' can only be specified for Day-of-Month -OR- Day-of-Week.
            0 ? 12 * * ?            | '?' can only be specified for Day-of-Month or Day-of-Week.
            0 0 12 ?,1 * ?          | '?' can only be specified for Day-of-Month -OR- Day-of-Week.
            0 0 12 * * ? 1969       | it never fires
            0 0/x 12 * * ?          | Illegal cron expression format (java.lang.NumberFormatException: For input string: "X")
            0 0 12 * * ? 20$6       | it never fires
            0 0 L * * ?             | 'L' not expected in seconds, minutes or hours fields.
            0 0 12 ? * 6#6          | A numeric value between 1 and 5 must follow the '#' option
            0 0 12 L-31 * ?         | Offset from last day must be <= 30
            0 0 12 32W * ?          | The 'W' option does not make sense with values larger than 31 (max number of days in a month)
            """)
    void reportsQuartzsProblemAtTheValue(String expression, String problem) {
        assertThat(Fixture.errors(Fixture.with(BASE_CRON, "cron: '" + expression + "'")))
                .containsExactly("t.yaml:16:9: schedule.cron: bad Quartz cron expression: " + problem);
    }
}
