package io.callbot.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Positions in the caller's audio map back to when that audio arrived. */
@Tag("unit")
class CallerAudioClockTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final CallerAudioClock clock = new CallerAudioClock(now::get);

    /** 20 ms frames of 160 samples; frame n arrives at 1000 + 20 n (in "nanos"), with a late burst at the end. */
    private void frames(int n) {
        for (int i = 0; i < n; i++) {
            clock.arrived(160);
            now.addAndGet(20);
        }
    }

    @Test
    void aPositionMapsToTheArrivalOfTheChunkHoldingTheSampleBeforeIt() {
        frames(10);
        assertThat(clock.arrivalOf(1)).hasValue(1_000);
        assertThat(clock.arrivalOf(160)).hasValue(1_000);
        assertThat(clock.arrivalOf(161)).hasValue(1_020);
        assertThat(clock.arrivalOf(1600)).hasValue(1_180);
    }

    @Test
    void audioNotYetArrivedHasNoTime() {
        frames(3);
        assertThat(clock.arrivalOf(481)).isEmpty();
    }

    @Test
    void audioOlderThanWhatIsRememberedHasNoTime() {
        frames(CallerAudioClock.CHUNKS + 5);
        assertThat(clock.arrivalOf(160 * 5)).isEmpty();
        // the oldest remembered chunk may hold the start of an overwritten one's neighbour: only later ones count
        assertThat(clock.arrivalOf(160 * 7)).hasValue(1_000 + 20 * 6);
    }

    @Test
    void chunksOfAnySizeAreMappedBySampleCountNotByCount() {
        clock.arrived(80);
        now.set(5_000);
        clock.arrived(400);
        assertThat(clock.arrivalOf(80)).hasValue(1_000);
        assertThat(clock.arrivalOf(81)).hasValue(5_000);
        assertThat(clock.arrivalOf(480)).hasValue(5_000);
    }
}
