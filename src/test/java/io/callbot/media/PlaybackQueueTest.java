package io.callbot.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PlaybackQueueTest {

    private final PlaybackQueue queue = new PlaybackQueue();
    private final short[] frame = new short[PlaybackQueue.FRAME_SAMPLES];

    @Test
    void emptyQueueGivesSilence() {
        frame[3] = 99;
        assertThat(queue.nextFrame(frame)).isFalse();
        assertThat(frame).containsOnly((short) 0);
        assertThat(queue.drainFinished()).isEmpty();
    }

    @Test
    void clipsRunTogetherWithoutAGapAndTheLastFrameIsPaddedWithSilence() {
        long a = queue.enqueue(filled(100, (short) 1));
        long b = queue.enqueue(filled(100, (short) 2));
        queue.nextFrame(frame);
        assertThat(frame[99]).isEqualTo((short) 1);
        assertThat(frame[100]).isEqualTo((short) 2);
        assertThat(frame[159]).isEqualTo((short) 2);
        assertThat(queue.drainFinished()).containsExactly(new PlaybackQueue.Finished(a, PlaybackOutcome.COMPLETED));
        queue.nextFrame(frame);
        assertThat(frame[39]).isEqualTo((short) 2);
        assertThat(frame[40]).isZero();
        assertThat(queue.drainFinished()).containsExactly(new PlaybackQueue.Finished(b, PlaybackOutcome.COMPLETED));
        assertThat(queue.isPlaying()).isFalse();
    }

    @Test
    void stopDropsPlayingAndQueuedClipsAndTheNextFrameIsSilent() {
        long a = queue.enqueue(filled(1000, (short) 5));
        long b = queue.enqueue(filled(1000, (short) 6));
        queue.nextFrame(frame);
        queue.stop();
        assertThat(queue.drainFinished()).containsExactly(new PlaybackQueue.Finished(a, PlaybackOutcome.STOPPED),
                new PlaybackQueue.Finished(b, PlaybackOutcome.STOPPED));
        assertThat(queue.nextFrame(frame)).isFalse();
        assertThat(frame).containsOnly((short) 0);
    }

    @Test
    void replaceStopsWhatWasQueuedAndStartsTheNewClipAtItsBeginning() {
        long a = queue.enqueue(filled(1000, (short) 5));
        queue.nextFrame(frame);
        long b = queue.replace(filled(200, (short) 8));
        assertThat(b).isGreaterThan(a);
        queue.nextFrame(frame);
        assertThat(frame).containsOnly((short) 8);
        assertThat(queue.drainFinished()).containsExactly(new PlaybackQueue.Finished(a, PlaybackOutcome.STOPPED));
    }

    private static short[] filled(int n, short v) {
        short[] s = new short[n];
        java.util.Arrays.fill(s, v);
        return s;
    }
}
