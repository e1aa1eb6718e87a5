package io.callbot.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The pacer's own schedule, measured where frames are emitted (no network in between). */
class PlaybackPacerTest {

    private static final long PERIOD = 20_000_000L;

    /** Records when the pacer asked it for a frame. */
    private static final class TimedStream implements PlaybackPacer.PacedStream {
        final List<Long> emitted = new CopyOnWriteArrayList<>();

        @Override
        public void emitFrame() {
            emitted.add(System.nanoTime());
        }
    }

    @Test
    void realTimePacerNeverBurstsAndDoesNotDrift() {
        try (PlaybackPacer pacer = PlaybackPacer.realTime(2)) {
            List<TimedStream> streams = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                TimedStream s = new TimedStream();
                streams.add(s);
                pacer.register(s);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> streams.stream().allMatch(s -> s.emitted.size() >= 76));
            for (TimedStream s : streams) {
                List<Long> t = List.copyOf(s.emitted).subList(0, 76);
                // never more frames than real time allows: any window of k periods holds at most k + 1 frames
                for (int i = 0; i + 5 < t.size(); i++) {
                    assertThat(t.get(i + 5) - t.get(i)).as("5 periods from frame " + i)
                            .isGreaterThanOrEqualTo(4 * PERIOD);
                }
                // and no slower than real time, except for what a starved machine made the pacer skip
                long span = t.get(75) - t.get(0);
                assertThat(span).isBetween(75 * PERIOD - PERIOD, 75 * PERIOD + PERIOD + pacer.skippedTime().toNanos());
            }
            assertThat(pacer.streamCount()).isEqualTo(20);
            assertThat(pacer.wakeLatenessPercentile(0.5)).isPositive().isLessThanOrEqualTo(Duration.ofMillis(50));
        }
    }

    @Test
    void callsAreSpreadOverTheLanesAndLeaveWhenUnregistered() {
        try (PlaybackPacer pacer = PlaybackPacer.manual()) {
            TimedStream a = new TimedStream();
            TimedStream b = new TimedStream();
            pacer.register(a);
            pacer.register(b);
            pacer.register(b); // registering twice does not double its frames
            pacer.tick();
            pacer.unregister(a);
            pacer.tick();
            assertThat(a.emitted).hasSize(1);
            assertThat(b.emitted).hasSize(2);
            assertThat(pacer.streamCount()).isEqualTo(1);
        }
    }
}
