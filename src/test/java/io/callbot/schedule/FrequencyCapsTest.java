package io.callbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("unit")
class FrequencyCapsTest {
    private static final Instant NOW = Instant.parse("2026-06-10T15:00:00Z"); // 11:00 New York, 23:00 Shanghai

    static Stream<Arguments> caps() {
        return Stream.of(
                // caps, zone, earlier calls (any campaign of the tenant), allowed
                Arguments.of(FrequencyCaps.DEFAULT, "America/New_York", List.of(), true),
                Arguments.of(FrequencyCaps.DEFAULT, "America/New_York", List.of("2026-06-10T13:00:00Z"), false),
                // 23:30 the evening before in New York is another local day
                Arguments.of(FrequencyCaps.DEFAULT, "America/New_York", List.of("2026-06-10T03:30:00Z"), true),
                // ...but the same local day in Shanghai (11:30)
                Arguments.of(FrequencyCaps.DEFAULT, "Asia/Shanghai", List.of("2026-06-10T03:30:00Z"), false),
                Arguments.of(FrequencyCaps.DEFAULT, "America/New_York",
                        List.of("2026-06-04T15:00:00Z", "2026-06-06T15:00:00Z", "2026-06-08T15:00:00Z"), false),
                // the oldest of three fell out of the 7 days
                Arguments.of(FrequencyCaps.DEFAULT, "America/New_York",
                        List.of("2026-06-03T14:59:00Z", "2026-06-06T15:00:00Z", "2026-06-08T15:00:00Z"), true),
                Arguments.of(new FrequencyCaps(2, 10), "America/New_York", List.of("2026-06-10T13:00:00Z"), true),
                Arguments.of(new FrequencyCaps(2, 10), "America/New_York",
                        List.of("2026-06-10T13:00:00Z", "2026-06-10T14:00:00Z"), false));
    }

    @ParameterizedTest(name = "{0} in {1} after {2} -> {3}")
    @MethodSource("caps")
    void capsHoldAcrossCampaigns(FrequencyCaps caps, String zone, List<String> calls, boolean allowed) {
        long[] times = calls.stream().mapToLong(s -> Instant.parse(s).toEpochMilli()).toArray();
        assertThat(caps.allows(times, NOW, List.of(ZoneId.of(zone)))).isEqualTo(allowed);
    }

    static Stream<Arguments> nextAllowed() {
        return Stream.of(
                // caps, zone, earlier calls, the earliest time one more call is allowed
                Arguments.of(FrequencyCaps.DEFAULT, "America/New_York", List.of(), "2026-06-10T15:00:00Z"),
                // called today: the next local midnight
                Arguments.of(FrequencyCaps.DEFAULT, "America/New_York", List.of("2026-06-10T13:00:00Z"),
                        "2026-06-11T04:00:00Z"),
                Arguments.of(FrequencyCaps.DEFAULT, "Asia/Shanghai", List.of("2026-06-10T03:30:00Z"),
                        "2026-06-10T16:00:00Z"),
                // three calls this week: when the oldest leaves the 7 days
                Arguments.of(FrequencyCaps.DEFAULT, "America/New_York",
                        List.of("2026-06-04T15:00:00Z", "2026-06-06T15:00:00Z", "2026-06-08T15:00:00Z"),
                        "2026-06-11T15:00:00Z"),
                // both: the week frees up first (06-10T16:00), yet the day is full until midnight
                Arguments.of(new FrequencyCaps(1, 2), "America/New_York",
                        List.of("2026-06-03T16:00:00Z", "2026-06-10T13:00:00Z"), "2026-06-11T04:00:00Z"));
    }

    @ParameterizedTest(name = "{0} in {1} after {2} -> {3}")
    @MethodSource("nextAllowed")
    void nextAllowedIsTheFirstInstantTheCapsLetThrough(FrequencyCaps caps, String zone, List<String> calls,
            String expected) {
        long[] times = calls.stream().mapToLong(s -> Instant.parse(s).toEpochMilli()).toArray();
        List<ZoneId> zones = List.of(ZoneId.of(zone));
        Instant next = caps.nextAllowed(times, NOW, zones);
        assertThat(next).isEqualTo(Instant.parse(expected));
        assertThat(caps.allows(times, next, zones)).isTrue();
        assertThat(next.equals(NOW) || !caps.allows(times, next.minusSeconds(1), zones)).isTrue();
    }

    @Test
    void minimumGap() {
        long[] calls = {NOW.minus(Duration.ofMinutes(19)).toEpochMilli()};
        assertThat(FrequencyCaps.gapRespected(calls, NOW, Duration.ofMinutes(20))).isFalse();
        assertThat(FrequencyCaps.gapRespected(calls, NOW, Duration.ofMinutes(19))).isTrue();
        assertThat(FrequencyCaps.gapRespected(new long[0], NOW, Duration.ofDays(1))).isTrue();
    }

    @Test
    void invalidCapsNameTheKey() {
        assertThatThrownBy(() -> new FrequencyCaps(0, 3)).hasMessage("schedule.max_calls_per_day must be > 0, was 0");
        assertThatThrownBy(() -> new FrequencyCaps(1, -1)).hasMessage("schedule.max_calls_per_week must be > 0, was -1");
    }
}
