package io.callbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.campaign.CallingWindow;
import io.callbot.campaign.Schedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("unit")
class CallingWindowRuleTest {
    private static final QuietHours NONE = QuietHours.NONE;
    private static final QuietHours DEFAULT = QuietHours.DEFAULT;

    static Stream<Arguments> checks() {
        return Stream.of(
                // zone, window, quiet, instant, verdict
                Arguments.of("America/New_York", "08:00-20:00", DEFAULT, "2026-03-08T12:00:00Z", WindowVerdict.OPEN),
                Arguments.of("America/New_York", "08:00-20:00", DEFAULT, "2026-03-08T11:59:59Z", WindowVerdict.OUTSIDE_WINDOW),
                // the day before spring-forward 08:00 EST is 13:00Z
                Arguments.of("America/New_York", "08:00-20:00", DEFAULT, "2026-03-07T12:30:00Z", WindowVerdict.OUTSIDE_WINDOW),
                Arguments.of("America/New_York", "08:00-20:00", DEFAULT, "2026-03-07T13:00:00Z", WindowVerdict.OPEN),
                // spring-forward night, 02:00-03:00 does not exist
                Arguments.of("America/New_York", "01:00-04:00", NONE, "2026-03-08T06:30:00Z", WindowVerdict.OPEN),
                Arguments.of("America/New_York", "01:00-04:00", NONE, "2026-03-08T07:00:00Z", WindowVerdict.OPEN),
                Arguments.of("America/New_York", "01:00-04:00", NONE, "2026-03-08T08:00:00Z", WindowVerdict.OUTSIDE_WINDOW),
                // fall-back night: 01:00-02:00 happens twice
                Arguments.of("America/New_York", "01:00-02:00", NONE, "2026-11-01T05:30:00Z", WindowVerdict.OPEN),
                Arguments.of("America/New_York", "01:00-02:00", NONE, "2026-11-01T06:30:00Z", WindowVerdict.OPEN),
                Arguments.of("America/New_York", "01:00-02:00", NONE, "2026-11-01T07:00:00Z", WindowVerdict.OUTSIDE_WINDOW),
                // a campaign cannot widen the quiet-hours floor
                Arguments.of("America/New_York", "07:00-22:00", DEFAULT, "2026-06-01T11:30:00Z", WindowVerdict.OUTSIDE_WINDOW),
                Arguments.of("America/New_York", "07:00-22:00", DEFAULT, "2026-06-02T01:30:00Z", WindowVerdict.OUTSIDE_WINDOW),
                Arguments.of("America/New_York", "07:00-22:00", DEFAULT, "2026-06-02T00:59:00Z", WindowVerdict.OPEN),
                Arguments.of("Asia/Shanghai", "09:00-18:00", DEFAULT, "2026-06-01T01:00:00Z", WindowVerdict.OPEN),
                Arguments.of("Asia/Shanghai", "09:00-18:00", DEFAULT, "2026-06-01T00:59:59Z", WindowVerdict.OUTSIDE_WINDOW),
                Arguments.of("Asia/Shanghai", "09:00-18:00", DEFAULT, "2026-06-01T10:00:00Z", WindowVerdict.OUTSIDE_WINDOW),
                // Lord Howe: +10:30 before 2026-10-04 02:00, +11 after
                Arguments.of("Australia/Lord_Howe", "09:00-17:00", DEFAULT, "2026-10-02T22:30:00Z", WindowVerdict.OPEN),
                Arguments.of("Australia/Lord_Howe", "09:00-17:00", DEFAULT, "2026-10-02T22:29:59Z", WindowVerdict.OUTSIDE_WINDOW),
                Arguments.of("Australia/Lord_Howe", "09:00-17:00", DEFAULT, "2026-10-03T22:00:00Z", WindowVerdict.OPEN),
                Arguments.of("Australia/Lord_Howe", "09:00-17:00", DEFAULT, "2026-10-03T21:59:59Z", WindowVerdict.OUTSIDE_WINDOW));
    }

    @ParameterizedTest(name = "{0} {1} quiet={2} at {3} -> {4}")
    @MethodSource("checks")
    void verdictAtInstant(String zone, String window, QuietHours quiet, String at, WindowVerdict expected) {
        String[] w = window.split("-");
        CallingWindowRule rule = new CallingWindowRule(Fixtures.schedule(w[0], w[1], ZoneId.of(zone)), quiet);
        assertThat(rule.check(Instant.parse(at), ZoneId.of(zone))).isEqualTo(expected);
    }

    static Stream<Arguments> nextOpens() {
        return Stream.of(
                // zone, window, quiet, from, expected next open
                Arguments.of("America/New_York", "09:00-17:00", DEFAULT, "2026-03-08T05:00:00Z", "2026-03-08T13:00:00Z"),
                Arguments.of("America/New_York", "09:00-17:00", DEFAULT, "2026-03-07T23:00:00Z", "2026-03-08T13:00:00Z"),
                Arguments.of("America/New_York", "09:00-17:00", DEFAULT, "2026-11-01T12:00:00Z", "2026-11-01T14:00:00Z"),
                Arguments.of("America/New_York", "09:00-17:00", DEFAULT, "2026-11-01T15:00:00Z", "2026-11-01T15:00:00Z"),
                Arguments.of("America/New_York", "02:30-04:00", NONE, "2026-03-08T05:00:00Z", "2026-03-08T07:30:00Z"),
                Arguments.of("America/New_York", "08:00-22:00", DEFAULT, "2026-06-02T01:05:00Z", "2026-06-02T12:00:00Z"),
                Arguments.of("Asia/Shanghai", "09:00-18:00", DEFAULT, "2026-06-01T10:00:00Z", "2026-06-02T01:00:00Z"),
                Arguments.of("Australia/Lord_Howe", "09:00-17:00", DEFAULT, "2026-10-03T07:00:00Z", "2026-10-03T22:00:00Z"),
                Arguments.of("Australia/Lord_Howe", "02:00-04:00", NONE, "2026-10-03T14:00:00Z", "2026-10-03T15:30:00Z"));
    }

    @ParameterizedTest(name = "{0} {1} quiet={2} from {3} -> {4}")
    @MethodSource("nextOpens")
    void nextOpenInstant(String zone, String window, QuietHours quiet, String from, String expected) {
        String[] w = window.split("-");
        CallingWindowRule rule = new CallingWindowRule(Fixtures.schedule(w[0], w[1], ZoneId.of(zone)), quiet);
        assertThat(rule.nextOpen(Instant.parse(from), ZoneId.of(zone))).contains(Instant.parse(expected));
    }

    @Test
    void windowLastsTwoHoursOnSpringForwardAndFourOnFallBack() {
        ZoneId ny = Fixtures.NEW_YORK;
        CallingWindowRule rule = new CallingWindowRule(Fixtures.schedule("01:00", "04:00", ny), NONE);
        assertThat(openMinutes(rule, ny, "2026-03-08T04:00:00Z")).isEqualTo(120);
        assertThat(openMinutes(rule, ny, "2026-11-01T04:00:00Z")).isEqualTo(240);
        assertThat(openMinutes(rule, ny, "2026-06-01T04:00:00Z")).isEqualTo(180);
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        CallingWindowRule lh = new CallingWindowRule(Fixtures.schedule("01:00", "04:00", lordHowe), NONE);
        assertThat(openMinutes(lh, lordHowe, "2026-10-03T13:00:00Z")).isEqualTo(150);
    }

    /** Counts open minutes over the 24 h after {@code from}. */
    private static int openMinutes(CallingWindowRule rule, ZoneId zone, String from) {
        Instant t = Instant.parse(from);
        int open = 0;
        for (int i = 0; i < 24 * 60; i++, t = t.plusSeconds(60)) {
            if (rule.check(t, zone) == WindowVerdict.OPEN) {
                open++;
            }
        }
        return open;
    }

    @Test
    void weekdaysBlackoutsAndCampaignDates() {
        ZoneId ny = Fixtures.NEW_YORK;
        Schedule s = new Schedule(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-12"), "0 * * * * ?",
                new CallingWindow(LocalTime.of(9, 0), LocalTime.of(17, 0),
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                List.of(LocalDate.parse("2026-06-03")), ny);
        CallingWindowRule rule = new CallingWindowRule(s, DEFAULT);
        assertThat(rule.check(Instant.parse("2026-06-02T14:00:00Z"), ny)).isEqualTo(WindowVerdict.OPEN);
        assertThat(rule.check(Instant.parse("2026-06-03T14:00:00Z"), ny)).isEqualTo(WindowVerdict.BLACKOUT);
        assertThat(rule.check(Instant.parse("2026-06-06T14:00:00Z"), ny)).isEqualTo(WindowVerdict.OUTSIDE_WINDOW);
        assertThat(rule.check(Instant.parse("2026-05-29T14:00:00Z"), ny)).isEqualTo(WindowVerdict.OUTSIDE_DATES);
        assertThat(rule.check(Instant.parse("2026-06-15T14:00:00Z"), ny)).isEqualTo(WindowVerdict.OUTSIDE_DATES);
        // blackout Wednesday -> Thursday 09:00; Saturday -> Monday 09:00; before start -> first day
        assertThat(rule.nextOpen(Instant.parse("2026-06-03T14:00:00Z"), ny)).contains(Instant.parse("2026-06-04T13:00:00Z"));
        assertThat(rule.nextOpen(Instant.parse("2026-06-06T16:00:00Z"), ny)).contains(Instant.parse("2026-06-08T13:00:00Z"));
        assertThat(rule.nextOpen(Instant.parse("2026-05-20T16:00:00Z"), ny)).contains(Instant.parse("2026-06-01T13:00:00Z"));
        assertThat(rule.nextOpen(Instant.parse("2026-06-12T21:30:00Z"), ny)).isEqualTo(Optional.empty());
    }

    @Test
    void numberSpanningZonesMustBeOpenInAll() {
        CallingWindowRule rule = new CallingWindowRule(Fixtures.schedule("09:00", "17:00", Fixtures.NEW_YORK), DEFAULT);
        List<ZoneId> zones = List.of(Fixtures.NEW_YORK, ZoneId.of("America/Los_Angeles"));
        assertThat(rule.nextOpen(Instant.parse("2026-06-01T13:00:00Z"), zones)).contains(Instant.parse("2026-06-01T16:00:00Z"));
        // after 17:00 in New York (21:00Z) nothing is open in both until the next day
        assertThat(rule.nextOpen(Instant.parse("2026-06-01T21:00:00Z"), zones)).contains(Instant.parse("2026-06-02T16:00:00Z"));
    }
}
