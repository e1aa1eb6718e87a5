package io.callbot.api;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.stream.ChunkedFile;
import io.netty.util.AttributeKey;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies each aggregated request off the event loop, dispatches it on the bounded handler pool, and writes the
 * response back on the channel's event loop, honouring keep-alive. The requests of one connection are handled one
 * at a time, in order ({@link ConnectionRequests}), so pipelined requests get their responses in request order.
 * Sharable; a connection's state lives in a channel attribute used only on its event loop.
 */
@io.netty.channel.ChannelHandler.Sharable
final class ApiChannelHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger log = LoggerFactory.getLogger(ApiChannelHandler.class);

    private static final int FILE_CHUNK_BYTES = 64 * 1024;
    private static final AttributeKey<ConnectionRequests> REQUESTS = AttributeKey.valueOf("callbot.requests");

    private final ApiDispatcher dispatcher;
    private final ExecutorService handlers;

    ApiChannelHandler(ApiDispatcher dispatcher, ExecutorService handlers) {
        this.dispatcher = dispatcher;
        this.handlers = handlers;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        ConnectionRequests requests = requests(ctx);
        if (!req.decoderResult().isSuccess()) {
            requests.submit(next -> answer(ctx, requests, Json.error(400, "bad_request", "malformed HTTP request"),
                    false, next));
            return;
        }
        var raw = new ApiDispatcher.RawRequest(req.method().name(), req.uri(),
                req.headers().get(HttpHeaderNames.AUTHORIZATION), req.headers().get(HttpHeaderNames.CONTENT_TYPE),
                ByteBufUtil.getBytes(req.content()), req.headers().get(ApiDispatcher.TENANT_HEADER));
        requests.submit(next -> dispatch(ctx, requests, raw, keepAlive, next));
    }

    /** The connection's queue of requests, created with its first request. */
    private static ConnectionRequests requests(ChannelHandlerContext ctx) {
        ConnectionRequests requests = ctx.channel().attr(REQUESTS).get();
        if (requests == null) {
            requests = new ConnectionRequests();
            ctx.channel().attr(REQUESTS).set(requests);
        }
        return requests;
    }

    /** Handles the request on the pool; the response is written on the event loop, then the next request starts. */
    private void dispatch(ChannelHandlerContext ctx, ConnectionRequests requests, ApiDispatcher.RawRequest raw,
            boolean keepAlive, Runnable next) {
        try {
            handlers.execute(() -> {
                ApiResponse response = dispatcher.dispatch(raw);
                ctx.channel().eventLoop().execute(() -> answer(ctx, requests, response, keepAlive, next));
            });
        } catch (RejectedExecutionException e) {
            answer(ctx, requests, Json.error(503, "overloaded", "the server is busy; retry after a second")
                    .withHeader("Retry-After", "1"), keepAlive, next);
        }
    }

    private static void answer(ChannelHandlerContext ctx, ConnectionRequests requests, ApiResponse response,
            boolean keepAlive, Runnable next) {
        write(ctx, response, keepAlive);
        if (keepAlive && response.stream() == null) {
            next.run();
        } else {
            requests.close(); // closing, or a stream owns the connection now
        }
    }

    static void write(ChannelHandlerContext ctx, ApiResponse r, boolean keepAlive) {
        if (r.stream() != null) {
            openStream(ctx, r);
            return;
        }
        if (r.file() != null) {
            sendFile(ctx, r, keepAlive);
            return;
        }
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(r.status()), Unpooled.wrappedBuffer(r.body()));
        headers(res, r);
        res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.body().length);
        if (keepAlive) {
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(res);
        } else {
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static void headers(HttpResponse res, ApiResponse r) {
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
        res.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        res.headers().set("X-Content-Type-Options", "nosniff");
        for (Map.Entry<String, String> h : r.headers().entrySet()) {
            res.headers().set(h.getKey(), h.getValue());
        }
    }

    /**
     * A file response: the headers with its length, then the file in chunks as the connection takes them (Netty's
     * {@link ChunkedFile}), so a long recording is never held in memory. A file gone since the handler found it is a 404.
     */
    private static void sendFile(ChannelHandlerContext ctx, ApiResponse r, boolean keepAlive) {
        ChunkedFile chunks;
        try {
            chunks = new ChunkedFile(new RandomAccessFile(r.file().toFile(), "r"), FILE_CHUNK_BYTES);
        } catch (IOException e) {
            write(ctx, Json.error(404, "not_found", "the file is no longer there"), keepAlive);
            return;
        }
        HttpResponse res = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(r.status()));
        headers(res, r);
        HttpUtil.setContentLength(res, chunks.length());
        res.headers().set(HttpHeaderNames.CONNECTION, keepAlive ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        ctx.write(res);
        ChannelFuture sent = ctx.writeAndFlush(new HttpChunkedInput(chunks));
        if (!keepAlive) {
            sent.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** Headers of a chunked server-sent-events response, then the stream takes over the connection. */
    private static void openStream(ChannelHandlerContext ctx, ApiResponse r) {
        HttpResponse res = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(r.status()));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
        res.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        res.headers().set("X-Content-Type-Options", "nosniff");
        res.headers().set("X-Accel-Buffering", "no"); // tells nginx-style proxies not to hold events back
        HttpUtil.setTransferEncodingChunked(res, true);
        ctx.writeAndFlush(res);
        r.stream().open(new NettyEventSink(ctx.channel()));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("API connection {} closed after error: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
