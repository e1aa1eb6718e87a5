package io.callbot.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.sim.audio.AudioSocketCaller;
import io.callbot.sim.audio.CallerScript;
import io.callbot.sim.audio.SimulatedCall;
import java.io.File;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StereoWavRecordingTest {

    @TempDir
    Path dir;

    @Test
    void recordsCallerLeftAndRobotRightAsAn8kHzStereoWav() throws Exception {
        UUID id = UUID.randomUUID();
        RecordingListener listener = new RecordingListener(true);
        long[] startedAt = {0};
        listener.onStart = s -> {
            startedAt[0] = System.nanoTime();
            s.play(Tones.tone8k(1_000, 400, 12_000));
        };
        try (PlaybackPacer pacer = PlaybackPacer.realTime(1);
             AudioSocketCaller caller = new AudioSocketCaller()) {
            AudioSocketServer server = new AudioSocketServer(AudioSocketServerConfig.defaults()
                    .withBind("127.0.0.1", 0).withRecordingDirectory(dir),
                    callId -> callId.equals(id) ? Optional.of(listener) : Optional.empty(), pacer);
            InetSocketAddress address = server.start();
            try {
                SimulatedCall call = caller.call(address, id, CallerScript.builder()
                        .waitForRobotToSpeak().waitForRobotSilence(Duration.ofMillis(100))
                        .say(Tones.tone8k(300, 600, 12_000)).silence(Duration.ofMillis(200)).hangUp().build());
                assertThat(listener.ended.get(10, TimeUnit.SECONDS)).isEqualTo(MediaEndReason.PEER_CLOSED);
                double callMs = (System.nanoTime() - startedAt[0]) / 1e6;
                int robotFrames = call.robotAudio().frameCount();

                Path wav = dir.resolve(id + ".wav");
                byte[] bytes = Files.readAllBytes(wav);
                ByteBuffer h = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
                assertThat(new String(bytes, 0, 4)).isEqualTo("RIFF");
                assertThat(h.getInt(4)).isEqualTo(bytes.length - 8);
                assertThat(new String(bytes, 8, 8)).isEqualTo("WAVEfmt ");
                assertThat(h.getInt(40)).isEqualTo(bytes.length - 44);
                int frames = (bytes.length - 44) / (160 * 4);
                assertThat((bytes.length - 44) % (160 * 4)).isZero();
                // every frame the caller got is recorded (frames still in flight at its hang-up are too), and no more
                // frames than the call's real duration holds
                assertThat(frames).isGreaterThanOrEqualTo(robotFrames);
                assertThat(frames * 20.0).isLessThanOrEqualTo(callMs + 20);

                AudioInputStream in = AudioSystem.getAudioInputStream(new File(wav.toString()));
                assertThat(in.getFormat().matches(new AudioFormat(8_000f, 16, 2, true, false))).isTrue();
                short[][] lr = channels(bytes);
                // the robot's 400 ms tone opens the right channel; the caller speaks afterwards on the left
                assertThat(rms(lr[1], 0, 3_200)).isGreaterThan(5_000);
                assertThat(rms(lr[0], 0, 3_200)).isLessThan(100);
                assertThat(rms(lr[0], 0, lr[0].length)).isGreaterThan(3_000);
                assertThat(rms(lr[1], 4_000, lr[1].length)).isLessThan(100);
            } finally {
                server.close();
            }
        }
    }

    private static short[][] channels(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav, 44, wav.length - 44).order(ByteOrder.LITTLE_ENDIAN);
        int n = (wav.length - 44) / 4;
        short[][] lr = new short[2][n];
        for (int i = 0; i < n; i++) {
            lr[0][i] = b.getShort();
            lr[1][i] = b.getShort();
        }
        return lr;
    }

    private static double rms(short[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) s[i] * s[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }
}
