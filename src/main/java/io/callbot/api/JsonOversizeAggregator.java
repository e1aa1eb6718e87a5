package io.callbot.api;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;

/**
 * Netty's aggregator with a body size limit whose 413 answer is the API's JSON error instead of an empty body.
 * One per channel (the aggregator keeps per-message state); runs on the channel's event loop.
 */
final class JsonOversizeAggregator extends HttpObjectAggregator {
    private final int maxBytes;

    JsonOversizeAggregator(int maxBytes) {
        super(maxBytes);
        this.maxBytes = maxBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        // Always close: the rest of an oversized body would otherwise be read as the next request.
        ApiChannelHandler.write(ctx, Json.error(413, "body_too_large",
                "request body exceeds " + maxBytes + " bytes; split the upload into smaller parts"), false);
    }
}
