package io.callbot.asr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BargeInDetectorTest {

    private static final int FRAME = 80;
    /** 300 ms minimum, 150 ms allowed gap, at 8 kHz. */
    private final BargeInDetector detector = new BargeInDetector(2400, 1200);
    private long position;

    /** Feeds frames; returns the ms (since start) at which the barge-in fired, or -1. */
    private long feed(boolean speech, int millis, boolean robot) {
        long fired = -1;
        for (int i = 0; i < millis / 10; i++) {
            position += FRAME;
            if (detector.onFrame(speech, FRAME, robot) && fired < 0) {
                fired = position / 8;
            }
        }
        return fired;
    }

    @Test
    void speechOverTheRobotFiresAfterTheMinimumDuration() {
        feed(false, 500, true);
        assertThat(feed(true, 1000, true)).isEqualTo(500 + 300);
    }

    @Test
    void aCoughDoesNotCutTheRobotOff() {
        assertThat(feed(true, 200, true)).isEqualTo(-1);
        assertThat(feed(false, 400, true)).isEqualTo(-1);
        assertThat(feed(true, 200, true)).isEqualTo(-1);
    }

    @Test
    void shortPausesBetweenWordsDoNotResetTheCount() {
        assertThat(feed(true, 200, true)).isEqualTo(-1);
        assertThat(feed(false, 100, true)).isEqualTo(-1);
        assertThat(feed(true, 200, true)).isEqualTo(200 + 100 + 100);
    }

    @Test
    void speechWhileTheRobotIsSilentIsNoBargeIn() {
        assertThat(feed(true, 2000, false)).isEqualTo(-1);
    }

    @Test
    void firesOncePerRobotUtteranceAndRearmsForTheNext() {
        assertThat(feed(true, 1000, true)).isEqualTo(300);
        assertThat(feed(true, 1000, true)).isEqualTo(-1);
        feed(false, 100, false);
        assertThat(feed(true, 1000, true)).isEqualTo(2100 + 300);
    }
}
