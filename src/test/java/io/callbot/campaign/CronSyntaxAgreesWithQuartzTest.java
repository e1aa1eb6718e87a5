package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quartz.CronExpression;

/**
 * The campaign package may not use Quartz, so it checks cron syntax itself; this test holds that check
 * to Quartz's own parser (tests may use any library): whatever the check accepts, Quartz accepts, and
 * whatever Quartz rejects, the check rejects. The check is deliberately stricter in a few places.
 */
class CronSyntaxAgreesWithQuartzTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "0 0/5 9-18 ? * MON-FRI", "0 0 12 * * ?", "0 15 10 ? * 6L", "0 15 10 ? * 6#3", "0 15 10 L * ?",
            "0 15 10 L-2 * ?", "0 15 10 LW * ?", "0 15 10 15W * ?", "0 0 8-20/2 ? JAN-MAR,DEC MON,WED,FRI",
            "0 0 12 1/5 * ? 2026-2030", "*/30 * * ? * *", "0 0 10 ? * L", "0 0/10 9-19 ? * MON-SAT"})
    void bothAccept(String expression) {
        assertThat(CronExpression.isValidExpression(expression)).isTrue();
        assertThat(CronSyntax.check(expression)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0 0 12 * *", "60 0 12 * * ?", "0 0 24 * * ?", "0 0 12 0 * ?", "0 0 12 ? 13 MON", "0 0 12 ? * 8",
            "0 0 12 * * MON", "0 ? 12 * * ?", "0 0 L * * ?", "0 0 12 ? * 6#6", "0 0 12 32W * ?", "0 0 12 ? * ?"})
    void bothReject(String expression) {
        assertThat(CronExpression.isValidExpression(expression)).isFalse();
        assertThat(CronSyntax.check(expression)).isNotNull();
    }

    /** Quartz lets these through (a zero step, a year before 1970, trailing letters, stray characters); they are typos. */
    @ParameterizedTest
    @ValueSource(strings = {"0 0/0 12 * * ?", "0 0 12 * * ? 1969", "0 0 12 ? JANUARY MON", "0 0 12 * * ? 20$6"})
    void stricterThanQuartz(String expression) {
        assertThat(CronExpression.isValidExpression(expression)).isTrue();
        assertThat(CronSyntax.check(expression)).isNotNull();
    }
}
