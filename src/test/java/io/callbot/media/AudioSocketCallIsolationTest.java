package io.callbot.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callbot.sim.audio.AudioSocketCaller;
import io.callbot.sim.audio.CallerScript;
import io.callbot.sim.audio.SimulatedCall;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A misbehaving peer ends its own call with the right reason while a healthy call on the same server goes on. */
class AudioSocketCallIsolationTest {

    private static final Duration SILENCE_TIMEOUT = Duration.ofMillis(400);

    private final Map<UUID, MediaCallHandler> calls = new ConcurrentHashMap<>();
    private final AudioSocketCaller caller = new AudioSocketCaller();
    private final PlaybackPacer pacer = PlaybackPacer.realTime(1);
    private AudioSocketServer server;
    private InetSocketAddress address;
    private RecordingListener healthy;
    private SimulatedCall healthyCall;

    @BeforeEach
    void start() throws Exception {
        server = new AudioSocketServer(AudioSocketServerConfig.defaults().withBind("127.0.0.1", 0)
                .withPeerSilenceTimeout(SILENCE_TIMEOUT), id -> Optional.ofNullable(calls.get(id)), pacer);
        address = server.start();
        UUID id = UUID.randomUUID();
        healthy = new RecordingListener();
        calls.put(id, healthy);
        // a caller whose phone keeps sending (silent) audio, as a real line does
        healthyCall = caller.call(address, id, CallerScript.builder().silence(Duration.ofSeconds(30)).build());
        healthy.session.get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        caller.close();
        server.close();
        pacer.close();
    }

    /** Bytes a misbehaving peer sends after a valid UUID frame, and the reason its call must end with. */
    static java.util.stream.Stream<Arguments> misbehaviours() {
        return java.util.stream.Stream.of(
                Arguments.of("unknown kind", new byte[] {0x42, 0, 0}, MediaEndReason.UNKNOWN_KIND),
                Arguments.of("garbage", "hello robot".getBytes(), MediaEndReason.UNKNOWN_KIND),
                Arguments.of("oversize length", new byte[] {0x10, (byte) 0xff, (byte) 0xff}, MediaEndReason.OVERSIZE_FRAME),
                Arguments.of("odd audio length", new byte[] {0x10, 0, 3, 1, 2, 3}, MediaEndReason.MALFORMED_FRAME),
                Arguments.of("second UUID", uuidFrame(UUID.randomUUID()), MediaEndReason.MALFORMED_FRAME),
                Arguments.of("error frame", new byte[] {(byte) 0xff, 0, 1, 4}, MediaEndReason.PEER_ERROR_FRAME),
                Arguments.of("hangup frame", new byte[] {0, 0, 0}, MediaEndReason.PEER_HANGUP_FRAME),
                Arguments.of("vanished (TCP reset)", null, MediaEndReason.CONNECTION_LOST),
                Arguments.of("silent past the timeout", new byte[0], MediaEndReason.PEER_SILENT_TIMEOUT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misbehaviours")
    void misbehavingPeerEndsOnlyItsOwnCall(String name, byte[] afterUuid, MediaEndReason expected) throws Exception {
        UUID id = UUID.randomUUID();
        RecordingListener bad = new RecordingListener();
        calls.put(id, bad);
        try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(uuidFrame(id));
            out.flush();
            bad.session.get(5, TimeUnit.SECONDS);
            if (afterUuid == null) {
                socket.setSoLinger(true, 0); // close() now sends RST: the peer vanished
                socket.close();
            } else {
                out.write(afterUuid);
                out.flush();
            }
            assertThat(bad.ended.get(5, TimeUnit.SECONDS)).isEqualTo(expected);
        }
        int framesBefore = healthyCall.robotAudio().frameCount();
        await().atMost(Duration.ofSeconds(5)).until(() -> healthyCall.robotAudio().frameCount() > framesBefore + 5);
        assertThat(healthy.ended).isNotDone();
        assertThat(healthy.session.join().isOpen()).isTrue();
        assertThat(pacer.streamCount()).isEqualTo(1);
    }

    static byte[] uuidFrame(UUID id) {
        return AudioSocketFrameCodecTest.encode(AudioSocketFrame.uuid(id));
    }
}
