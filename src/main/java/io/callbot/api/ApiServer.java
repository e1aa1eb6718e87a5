package io.callbot.api;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: API under {@value #PREFIX}, health, readiness, {@code /metrics} and the dashboard at {@code /}.
 * Netty event loops only parse and write; every handler runs on a bounded pool. {@link #start()} and
 * {@link #close()} are called from one thread.
 */
public final class ApiServer implements AutoCloseable {
    public static final String PREFIX = "/api/v1";
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);

    private final ApiSettings settings;
    private final Router router;
    private final ApiDispatcher dispatcher;
    private final LiveCallFeed feed;
    private ThreadPoolExecutor handlers;
    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private Channel channel;

    public ApiServer(ApiSettings settings, ApiServices services) {
        this.settings = settings;
        this.feed = new LiveCallFeed(services.calls());
        this.router = routes(services, feed);
        this.dispatcher = new ApiDispatcher(router, services.authenticator());
    }

    /** Every route the server answers. */
    private static Router routes(ApiServices s, LiveCallFeed feed) {
        Router router = new Router();
        new SessionRoutes().register(router);
        new CampaignRoutes(s.campaigns()).register(router);
        new CustomerRoutes(s.customers()).register(router);
        new CallRoutes(s.calls(), feed).register(router);
        new WebhookRoutes(s.deadLetters()).register(router);
        new SystemRoutes(s.readiness(), s.metrics()).register(router);
        return router;
    }

    public Router router() {
        return router;
    }

    public ApiServer start() {
        handlers = new ThreadPoolExecutor(settings.handlerThreads(), settings.handlerThreads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.handlerQueue()), new DefaultThreadFactory("api-handler", true));
        ApiChannelHandler handler = new ApiChannelHandler(dispatcher, handlers);
        boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        ServerBootstrap bootstrap = new ServerBootstrap().group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpServerKeepAliveHandler(),
                                new ChunkedWriteHandler(), new JsonOversizeAggregator(settings.maxBodyBytes()),
                                handler);
                    }
                });
        try {
            channel = bootstrap.bind(settings.host(), settings.port()).sync().channel();
        } catch (Exception e) {
            close();
            throw new IllegalStateException("API cannot listen on " + settings.host() + ":" + settings.port()
                    + ": " + e.getMessage(), e);
        }
        log.info("API listening on http://{}:{}/", settings.host(), port());
        return this;
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void close() {
        feed.close();
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        if (boss != null) {
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
        if (handlers != null) {
            handlers.shutdownNow();
        }
    }
}
