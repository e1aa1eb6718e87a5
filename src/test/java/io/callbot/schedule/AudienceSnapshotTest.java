package io.callbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AudienceSnapshotTest {
    private static final Instant T0 = Instant.parse("2026-06-10T15:00:00Z");
    private static final List<ZoneId> NY = List.of(ZoneId.of("America/New_York"));
    private static final List<ZoneId> SHANGHAI = List.of(ZoneId.of("Asia/Shanghai"));

    @Test
    void nextDueKeepsPriorityOrderAndSkipsClosedZonesTheNotYetDueTheDoneAndTheQueued() {
        AudienceSnapshot s = new AudienceSnapshot(T0);
        s.add(1, NY, Eligibility.never(SkipReason.ALREADY_FINAL));
        s.add(2, NY, Eligibility.DUE);
        s.add(3, SHANGHAI, Eligibility.DUE);
        s.add(4, NY, Eligibility.later(SkipReason.RETRY_PENDING, T0.plusSeconds(600)));
        s.add(5, NY, Eligibility.DUE);
        s.add(6, NY, Eligibility.DUE);
        boolean[] nyOpen = {true, false};

        assertThat(s.size()).isEqualTo(6);
        assertThat(s.remaining()).isEqualTo(5);
        assertThat(s.nextDue(T0, nyOpen, 10)).containsExactly(1, 4, 5);
        assertThat(s.nextDue(T0, nyOpen, 2)).containsExactly(1, 4);
        s.queue(4);
        assertThat(s.nextDue(T0, nyOpen, 10)).containsExactly(1, 5);
        assertThat(s.nextDue(T0.plusSeconds(600), new boolean[] {true, true}, 10)).containsExactly(1, 2, 3, 5);

        s.done(1);
        s.defer(5, T0.plusSeconds(60), SHANGHAI); // the profile moved to Shanghai and is due a minute later
        assertThat(s.remaining()).isEqualTo(4);
        assertThat(s.nextDue(T0.plusSeconds(30), nyOpen, 10)).isEmpty();
        assertThat(s.nextDue(T0.plusSeconds(60), new boolean[] {false, true}, 10)).containsExactly(2, 5);
        assertThat(s.customerId(5)).isEqualTo(6);
        assertThat(s.zones(5)).isEqualTo(SHANGHAI);
    }

    @Test
    void customerIdsGrowPastTheirFirstBlockAndComeBackInOrder() {
        CustomerIds ids = new CustomerIds();
        for (int i = 0; i < 3000; i++) {
            ids.add(1_000_000_000_000L + i);
        }
        assertThat(ids.size()).isEqualTo(3000);
        assertThat(ids.get(0)).isEqualTo(1_000_000_000_000L);
        assertThat(ids.get(2999)).isEqualTo(1_000_000_002_999L);
    }
}
