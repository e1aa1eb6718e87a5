package io.callbot.sim.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RobotAudioLogTest {

    private static byte[] frame(int amplitude) {
        byte[] b = new byte[320];
        for (int i = 0; i < 160; i++) {
            short s = (short) (i % 2 == 0 ? amplitude : -amplitude);
            b[2 * i] = (byte) s;
            b[2 * i + 1] = (byte) (s >> 8);
        }
        return b;
    }

    @Test
    void speechIntervalsFollowTheEnergyOfEachFrame() {
        RobotAudioLog log = new RobotAudioLog(false);
        int[] amplitudes = {0, 5_000, 6_000, 0, 0, 7_000, 50};
        for (int i = 0; i < amplitudes.length; i++) {
            log.audioFrame(1_000L * i, frame(amplitudes[i]));
        }
        assertThat(log.speechIntervals(200)).containsExactly(
                new RobotAudioLog.SpeechInterval(1_000, 2_000), new RobotAudioLog.SpeechInterval(5_000, 5_000));
        assertThat(log.firstSpeechAtOrAfter(3_000, 200)).hasValue(5_000);
        assertThat(log.firstSilenceAtOrAfter(1_000, 200)).hasValue(3_000);
        assertThat(log.lastSpeechNanos(200)).hasValue(5_000);
        assertThat(log.interFrameNanos()).containsOnly(1_000L);
        assertThat(log.totalSamples()).isEqualTo(7 * 160);
        assertThat(log.audio8kHz()).isEmpty();
        assertThat(log.frames().get(1).rms()).isEqualTo(5_000.0);
    }
}
