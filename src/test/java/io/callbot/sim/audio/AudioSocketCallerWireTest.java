package io.callbot.sim.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulated caller against a plain blocking socket that reads the AudioSocket bytes by hand, as Asterisk writes them. */
class AudioSocketCallerWireTest {

    private record Received(int kind, byte[] payload, long nanos) {
    }

    private final AudioSocketCaller caller = new AudioSocketCaller();

    @AfterEach
    void close() {
        caller.close();
    }

    @Test
    void sendsTheUuidThenRealTimeAudioAndDtmfAndHangsUpWithoutAHangupFrame() throws Exception {
        UUID id = UUID.randomUUID();
        short[] speech = new short[400]; // 50 ms: 2.5 frames, the last one zero-padded
        for (int i = 0; i < speech.length; i++) {
            speech[i] = (short) (i * 10 - 1000);
        }
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SimulatedCall call = caller.call(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()), id,
                    CallerScript.builder().silenceWhenIdle(false).say(speech).dtmf('7')
                            .silence(Duration.ofMillis(100)).hangUp().build());
            List<Received> frames;
            try (Socket robot = server.accept()) {
                frames = readUntilClosed(new DataInputStream(robot.getInputStream()));
            }
            assertThat(call.ended().get(5, TimeUnit.SECONDS).outcome()).isEqualTo(CallerOutcome.CALLER_HUNG_UP);

            assertThat(frames.get(0).kind()).isEqualTo(0x01);
            ByteBuffer uuid = ByteBuffer.wrap(frames.get(0).payload());
            assertThat(new UUID(uuid.getLong(), uuid.getLong())).isEqualTo(id);
            assertThat(frames.subList(1, 5)).extracting(Received::kind).containsExactly(0x10, 0x10, 0x10, 0x03);
            // 100 ms of silence lasts by the clock: 5 frames, one fewer or more when the sender's timer is late
            assertThat(frames.subList(5, frames.size())).extracting(Received::kind).containsOnly(0x10)
                    .hasSizeBetween(4, 6);
            assertThat(frames.get(4).payload()).containsExactly('7');
            assertThat(frames).filteredOn(f -> f.kind() == 0x10)
                    .allSatisfy(f -> assertThat(f.payload()).hasSize(320));
            // little-endian samples: -1000 = 0xfc18
            assertThat(frames.get(1).payload()[0]).isEqualTo((byte) 0x18);
            assertThat(frames.get(1).payload()[1]).isEqualTo((byte) 0xfc);
            assertThat(frames.get(3).payload()[319]).isZero();
            // 8 audio frames sent on a 20 ms clock: about 140 ms from the first to the last, not a burst
            long spanMs = (frames.get(frames.size() - 1).nanos() - frames.get(1).nanos()) / 1_000_000;
            assertThat(spanMs).isBetween(100L, 400L);
            assertThat(call.said()).hasSize(1);
        }
    }

    @Test
    void robotHangupFrameIsRecordedAndTheCallerClosesLikeAsterisk() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SimulatedCall call = caller.call(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()),
                    UUID.randomUUID(), CallerScript.builder().build());
            try (Socket robot = server.accept()) {
                DataOutputStream out = new DataOutputStream(robot.getOutputStream());
                byte[] loud = new byte[320];
                for (int i = 0; i < loud.length; i += 2) {
                    loud[i + 1] = (byte) (i % 4 == 0 ? 0x40 : 0xc0); // +-16384
                }
                writeFrame(out, 0x10, loud);
                writeFrame(out, 0x10, new byte[320]);
                writeFrame(out, 0x00, new byte[0]);
                assertThat(call.ended().get(5, TimeUnit.SECONDS).outcome())
                        .isEqualTo(CallerOutcome.ROBOT_HANGUP_FRAME);
                assertThat(robot.getInputStream().skip(Long.MAX_VALUE)).isPositive(); // the caller closed
            }
            RobotAudioLog log = call.robotAudio();
            assertThat(log.frameCount()).isEqualTo(2);
            assertThat(log.totalSamples()).isEqualTo(320);
            assertThat(log.frames().get(0).rms()).isEqualTo(16384.0);
            assertThat(log.frames().get(1).rms()).isZero();
            assertThat(log.hangupFrameNanos()).isPresent();
            assertThat(log.violations()).isEmpty();
            assertThat(log.audio8kHz()).hasSize(320);
        }
    }

    @Test
    void aWrongSizedRobotFrameIsReportedAsAViolation() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SimulatedCall call = caller.call(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()),
                    UUID.randomUUID(), CallerScript.builder().silenceWhenIdle(false).build());
            try (Socket robot = server.accept()) {
                writeFrame(new DataOutputStream(robot.getOutputStream()), 0x10, new byte[3200]);
                robot.shutdownOutput(); // a clean close (FIN), after reading what the caller sent
                assertThat(readUntilClosed(new DataInputStream(robot.getInputStream()))).hasSize(1);
            }
            assertThat(call.ended().get(5, TimeUnit.SECONDS).outcome()).isEqualTo(CallerOutcome.ROBOT_CLOSED);
            assertThat(call.robotAudio().violations()).containsExactly("audio frame of 3200 bytes, expected 320");
        }
    }

    @Test
    void unreachableRobotEndsAsConnectFailed() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        SimulatedCall call = caller.call(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                UUID.randomUUID(), CallerScript.builder().build());
        assertThat(call.ended().get(10, TimeUnit.SECONDS).outcome()).isEqualTo(CallerOutcome.CONNECT_FAILED);
    }

    private static List<Received> readUntilClosed(DataInputStream in) throws IOException {
        List<Received> frames = new ArrayList<>();
        while (true) {
            int kind = in.read();
            if (kind < 0) {
                return frames;
            }
            byte[] payload = new byte[in.readUnsignedShort()];
            try {
                in.readFully(payload);
            } catch (EOFException e) {
                throw new AssertionError("caller closed in the middle of a frame", e);
            }
            frames.add(new Received(kind, payload, System.nanoTime()));
        }
    }

    private static void writeFrame(DataOutputStream out, int kind, byte[] payload) throws IOException {
        out.writeByte(kind);
        out.writeShort(payload.length);
        out.write(payload);
        out.flush();
    }
}
