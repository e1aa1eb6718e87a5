package io.callbot.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the AudioSocket media server; validated on construction. Immutable.
 *
 * @param bindHost            address to listen on ("0.0.0.0" for all)
 * @param port                TCP port, 0 for one chosen by the OS (tests)
 * @param maxPayloadBytes     largest frame payload accepted; longer frames end the call as OVERSIZE_FRAME
 * @param handshakeTimeout    how long a new connection may take to send its UUID frame
 * @param peerSilenceTimeout  how long a call may go without any frame from Asterisk before it is ended
 * @param recordingDirectory  where calls whose handler asks for it are recorded as {@code <uuid>.wav}
 * @param ioThreads           Netty event loop threads (0 = Netty's default)
 */
public record AudioSocketServerConfig(String bindHost, int port, int maxPayloadBytes, Duration handshakeTimeout,
                                      Duration peerSilenceTimeout, Optional<Path> recordingDirectory, int ioThreads) {

    /** 40 ms of 192 kHz audio: the largest frame a well-behaved Asterisk sends, with room to spare. */
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 16_384;

    public AudioSocketServerConfig {
        Objects.requireNonNull(bindHost, "media.bind_host");
        Objects.requireNonNull(recordingDirectory, "media.recording_dir");
        require(port >= 0 && port <= 65_535, "media.port must be 0..65535, was " + port);
        require(maxPayloadBytes >= 320 && maxPayloadBytes <= 65_535,
                "media.max_frame_bytes must be 320..65535, was " + maxPayloadBytes);
        require(positive(handshakeTimeout), "media.handshake_timeout must be > 0, was " + handshakeTimeout);
        require(positive(peerSilenceTimeout), "media.peer_silence_timeout must be > 0, was " + peerSilenceTimeout);
        require(ioThreads >= 0, "media.io_threads must be >= 0, was " + ioThreads);
    }

    /** Defaults: all interfaces, port 9092, 5 s for the UUID, 60 s of peer silence, no recording. */
    public static AudioSocketServerConfig defaults() {
        return new AudioSocketServerConfig("0.0.0.0", 9092, DEFAULT_MAX_PAYLOAD_BYTES, Duration.ofSeconds(5),
                Duration.ofSeconds(60), Optional.empty(), 0);
    }

    public AudioSocketServerConfig withBind(String host, int newPort) {
        return new AudioSocketServerConfig(host, newPort, maxPayloadBytes, handshakeTimeout, peerSilenceTimeout,
                recordingDirectory, ioThreads);
    }

    public AudioSocketServerConfig withPeerSilenceTimeout(Duration timeout) {
        return new AudioSocketServerConfig(bindHost, port, maxPayloadBytes, handshakeTimeout, timeout,
                recordingDirectory, ioThreads);
    }

    public AudioSocketServerConfig withRecordingDirectory(Path dir) {
        return new AudioSocketServerConfig(bindHost, port, maxPayloadBytes, handshakeTimeout, peerSilenceTimeout,
                Optional.of(dir), ioThreads);
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
