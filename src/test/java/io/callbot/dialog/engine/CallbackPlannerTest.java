package io.callbot.dialog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Callback times extracted from speech, relative to an injected clock (2026-11-28T19:00Z, a Saturday) in the
 * customer's zone, kept inside 09:00-20:00 local time.
 */
@Tag("unit")
class CallbackPlannerTest {

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # zone (local now)                      | said                               | local time        | named
        America/New_York                        | call me tomorrow at five           | 2026-11-29T17:00  | true
        America/New_York                        | call me back in two hours          | 2026-11-28T16:00  | true
        America/New_York                        | call me in 20 minutes              | 2026-11-28T14:20  | true
        America/New_York                        | call me back and twenty minutes    | 2026-11-28T14:20  | true
        America/New_York                        | within 40 minutes                  | 2026-11-28T14:40  | true
        America/New_York                        | after 30 minutes                   | 2026-11-28T14:30  | true
        America/New_York                        | call me around seven in the evening | 2026-11-28T19:00 | true
        America/New_York                        | in half an hour please             | 2026-11-28T14:30  | true
        America/New_York                        | call me back in a couple of hours  | 2026-11-28T16:00  | true
        America/New_York                        | call me at 5:30 p.m.               | 2026-11-28T17:30  | true
        America/New_York                        | try at 5pm                         | 2026-11-28T17:00  | true
        America/New_York                        | call me at half past six           | 2026-11-28T18:30  | true
        America/New_York                        | call me at 10                      | 2026-11-29T10:00  | true
        America/New_York                        | tomorrow morning                   | 2026-11-29T10:00  | true
        America/New_York                        | on Monday afternoon                | 2026-11-30T15:00  | true
        America/New_York                        | call me next week                  | 2026-12-05T14:00  | true
        America/New_York                        | this evening                       | 2026-11-28T18:00  | true
        America/New_York                        | call me at 11 pm                   | 2026-11-29T09:00  | true
        America/New_York                        | in 8 hours                         | 2026-11-29T09:00  | true
        America/New_York                        | call me later                      | 2026-11-29T14:00  | false
        -                                       | -                                  | 2026-11-29T14:00  | false
        Asia/Tokyo                              | call me tomorrow at five           | 2026-11-30T17:00  | true
        Asia/Tokyo                              | call me at 5 p.m.                  | 2026-11-29T17:00  | true
        Asia/Tokyo                              | call me later                      | 2026-11-30T09:00  | false
        Europe/London                           | call me tomorrow                   | 2026-11-29T19:00  | true
        America/Los_Angeles                     | call me in an hour                 | 2026-11-28T12:00  | true
        Asia/Shanghai                           | at quarter to eight in the evening | 2026-11-29T19:45  | true
        """)
    void extractsTheTimeInTheCustomersZone(String zone, String said, LocalDateTime expected, boolean named) {
        ZoneId z = zone == null ? Fixtures.NEW_YORK : ZoneId.of(zone);
        CallbackPlanner planner = new CallbackPlanner(Fixtures.clock(), z, LocalTime.of(9, 0), LocalTime.of(20, 0));
        Action.ScheduleCallback callback = planner.plan(said, null, new java.util.HashMap<>());
        assertThat(callback.at().getZone()).isEqualTo(z);
        assertThat(callback.at().toLocalDateTime()).isEqualTo(expected);
        assertThat(callback.requested()).isEqualTo(named);
        assertThat(callback.instant()).isEqualTo(expected.atZone(z).toInstant());
    }

    @org.junit.jupiter.api.Test
    void theScriptsDelayIsTheDefaultWhenNoTimeIsNamed() {
        CallbackPlanner planner = new CallbackPlanner(Fixtures.clock(), Fixtures.NEW_YORK, LocalTime.of(9, 0),
                LocalTime.of(20, 0));
        assertThat(planner.plan("not now", Duration.ofHours(3), new java.util.HashMap<>()).at().toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-28T17:00"));
        assertThat(planner.plan("call me at 4", Duration.ofHours(3), new java.util.HashMap<>()).at().toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-28T16:00"));
    }
}
