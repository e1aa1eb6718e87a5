package io.callbot.media;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robot's AudioSocket TCP server (Netty NIO): one {@link MediaSession} per accepted call, outbound audio paced by
 * a shared {@link PlaybackPacer}. Start and close from one thread; connections run on the Netty event loops.
 */
public final class AudioSocketServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AudioSocketServer.class);
    private static final AudioSocketFrameEncoder ENCODER = new AudioSocketFrameEncoder();

    private final AudioSocketServerConfig config;
    private final MediaCallRegistry registry;
    private final PlaybackPacer pacer;
    private final ExecutorService recordingWriter;
    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private final ChannelGroup connections = new DefaultChannelGroup("audiosocket", GlobalEventExecutor.INSTANCE);
    private volatile boolean closing;
    private Channel serverChannel;

    public AudioSocketServer(AudioSocketServerConfig config, MediaCallRegistry registry, PlaybackPacer pacer) {
        this.config = config;
        this.registry = registry;
        this.pacer = pacer;
        this.recordingWriter = Executors.newSingleThreadExecutor(
                new DefaultThreadFactory("media-recording-writer", true));
    }

    /** Binds and returns the address actually bound (the OS-chosen port when configured with 0). */
    public InetSocketAddress start() throws InterruptedException {
        boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(config.ioThreads(), NioIoHandler.newFactory());
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        ch.pipeline().addLast("decoder", new AudioSocketFrameDecoder(config.maxPayloadBytes()))
                                .addLast("encoder", ENCODER)
                                .addLast("idle", new IdleStateHandler(
                                        config.peerSilenceTimeout().toNanos(), 0, 0, TimeUnit.NANOSECONDS))
                                .addLast("call", new AudioSocketConnectionHandler(config, registry, pacer,
                                        recordingWriter, () -> closing));
                    }
                });
        try {
            serverChannel = bootstrap.bind(config.bindHost(), config.port()).sync().channel();
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("media server cannot listen on " + config.bindHost() + ":"
                    + config.port() + ": " + e.getMessage(), e);
        }
        InetSocketAddress bound = (InetSocketAddress) serverChannel.localAddress();
        log.info("AudioSocket media server listening on {}", bound);
        return bound;
    }

    /** Stops accepting, closes every call (their listeners see the connection end) and releases the threads. */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        if (workers != null) {
            workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
        if (boss != null) {
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
        recordingWriter.shutdown();
    }
}
