package io.callbot.sim.audio;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Places simulated calls' audio legs: for each, a real TCP connection to the robot's AudioSocket port that sends the
 * UUID frame and plays a {@link CallerScript} in real time, as Asterisk would. Many calls share a few Netty event-loop
 * threads. Thread-safe; close it to release the threads.
 */
public final class AudioSocketCaller implements AutoCloseable {

    private final EventLoopGroup group;
    private final boolean keepRobotAudio;

    /** @param threads event-loop threads for all calls; @param keepRobotAudio whether to keep the robot's samples */
    public AudioSocketCaller(int threads, boolean keepRobotAudio) {
        this.group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
        this.keepRobotAudio = keepRobotAudio;
    }

    /** Two threads, robot audio kept: enough for tests. */
    public AudioSocketCaller() {
        this(2, true);
    }

    /** Connects to the robot and starts the script; returns at once. */
    public SimulatedCall call(InetSocketAddress robot, UUID callId, CallerScript script) {
        SimulatedCall call = new SimulatedCall(callId, keepRobotAudio);
        new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new SimFrame.Decoder(), new CallerConnectionHandler(call, script));
                    }
                })
                .connect(robot).addListener(f -> {
                    if (!f.isSuccess()) {
                        call.connected().completeExceptionally(f.cause());
                        call.ended().complete(new CallerEnd(CallerOutcome.CONNECT_FAILED,
                                "cannot connect to " + robot + ": " + f.cause(), System.nanoTime()));
                    }
                });
        return call;
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
