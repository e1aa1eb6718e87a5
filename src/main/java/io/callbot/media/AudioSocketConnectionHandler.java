package io.callbot.media;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AudioSocket connection: waits for the UUID frame, asks the {@link MediaCallRegistry}, then routes frames to the
 * call's {@link NettyMediaSession} and turns every failure into that call's end reason. One instance per channel,
 * used only on its event loop.
 */
final class AudioSocketConnectionHandler extends SimpleChannelInboundHandler<AudioSocketFrame> {

    private static final Logger log = LoggerFactory.getLogger(AudioSocketConnectionHandler.class);

    private final AudioSocketServerConfig config;
    private final MediaCallRegistry registry;
    private final PlaybackPacer pacer;
    private final Executor recordingWriter;
    private final BooleanSupplier serverClosing;
    private NettyMediaSession session;
    private ScheduledFuture<?> handshakeTimer;

    AudioSocketConnectionHandler(AudioSocketServerConfig config, MediaCallRegistry registry, PlaybackPacer pacer,
                                 Executor recordingWriter, BooleanSupplier serverClosing) {
        this.config = config;
        this.registry = registry;
        this.pacer = pacer;
        this.recordingWriter = recordingWriter;
        this.serverClosing = serverClosing;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        handshakeTimer = ctx.executor().schedule(() -> {
            log.warn("AudioSocket connection from {} sent no UUID within {}; closing", ctx.channel().remoteAddress(),
                    config.handshakeTimeout());
            ctx.close();
        }, config.handshakeTimeout().toNanos(), TimeUnit.NANOSECONDS);
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, AudioSocketFrame frame) {
        if (session == null) {
            handshake(ctx, frame);
            return;
        }
        switch (frame.kind()) {
            case DTMF -> session.onDtmf(frame.dtmfDigit());
            case HANGUP -> session.end(MediaEndReason.PEER_HANGUP_FRAME, "peer sent a hangup frame");
            case ERROR -> session.end(MediaEndReason.PEER_ERROR_FRAME, "peer sent an error frame " + hex(frame));
            case UUID -> session.end(MediaEndReason.MALFORMED_FRAME, "a second UUID frame " + frame.uuidValue());
            default -> session.onAudio(frame);
        }
    }

    private void handshake(ChannelHandlerContext ctx, AudioSocketFrame frame) {
        handshakeTimer.cancel(false);
        SocketAddress peer = ctx.channel().remoteAddress();
        if (frame.kind() != AudioSocketKind.UUID) {
            log.warn("AudioSocket connection from {} refused: first frame was {}, not a UUID", peer, frame);
            ctx.close();
            return;
        }
        UUID callId = frame.uuidValue();
        Optional<MediaCallHandler> handler = registry.accept(callId);
        if (handler.isEmpty()) {
            log.warn("AudioSocket connection from {} refused: unknown call {}", peer, callId);
            ctx.writeAndFlush(AudioSocketFrame.hangup()).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        Optional<StereoWavRecorder> recorder = recorderFor(callId, handler.get());
        session = new NettyMediaSession(ctx.channel(), callId, pacer, recorder);
        log.info("AudioSocket call {} connected from {}", callId, peer);
        try {
            session.start(handler.get());
        } catch (RuntimeException e) {
            log.error("call {}: media handler failed to start", callId, e);
            session.end(MediaEndReason.LISTENER_FAILED, e.toString());
        }
    }

    private Optional<StereoWavRecorder> recorderFor(UUID callId, MediaCallHandler handler) {
        if (!handler.recordAudio()) {
            return Optional.empty();
        }
        if (config.recordingDirectory().isEmpty()) {
            log.warn("call {} asked for recording but no recording directory is configured (media.recordings_dir)", callId);
            return Optional.empty();
        }
        Path file = config.recordingDirectory().get().resolve(callId + ".wav");
        return Optional.of(new StereoWavRecorder(file, recordingWriter));
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            endOrClose(ctx, MediaEndReason.PEER_SILENT_TIMEOUT,
                    "nothing received for " + config.peerSilenceTimeout());
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (handshakeTimer != null) {
            handshakeTimer.cancel(false);
        }
        if (serverClosing.getAsBoolean()) {
            endOrClose(ctx, MediaEndReason.SERVER_SHUTDOWN, "media server shutting down");
        } else {
            endOrClose(ctx, MediaEndReason.PEER_CLOSED, "peer closed the connection");
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable root = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        MediaEndReason reason = root instanceof AudioSocketProtocolException p ? p.reason()
                : root instanceof IOException ? MediaEndReason.CONNECTION_LOST : MediaEndReason.MALFORMED_FRAME;
        if (session == null) {
            log.warn("AudioSocket connection from {} closed before its call started: {}",
                    ctx.channel().remoteAddress(), root.toString());
        }
        endOrClose(ctx, reason, root.toString());
    }

    private void endOrClose(ChannelHandlerContext ctx, MediaEndReason reason, String detail) {
        if (session != null) {
            session.end(reason, detail);
        } else {
            ctx.close();
        }
    }

    private static String hex(AudioSocketFrame frame) {
        StringBuilder sb = new StringBuilder("0x");
        for (byte b : frame.payload()) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }
}
