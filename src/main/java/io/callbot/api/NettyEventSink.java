package io.callbot.api;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultHttpContent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An {@link EventSink} over one HTTP connection whose chunked {@code text/event-stream} headers are already written.
 * Thread-safe: writes are handed to the channel's event loop; close listeners run once, on the event loop.
 */
final class NettyEventSink implements EventSink {
    private final Channel channel;
    private final List<Runnable> onClose = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    NettyEventSink(Channel channel) {
        this.channel = channel;
        channel.closeFuture().addListener(f -> closed());
    }

    @Override
    public boolean send(String event, String data) {
        return write("event: " + event + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n");
    }

    @Override
    public boolean ping() {
        return write(": ping\n\n");
    }

    private boolean write(String text) {
        if (!isOpen()) {
            return false;
        }
        channel.writeAndFlush(new DefaultHttpContent(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8)))
                .addListener(f -> {
                    if (!f.isSuccess()) {
                        channel.close();
                    }
                });
        return true;
    }

    @Override
    public boolean isOpen() {
        return !closed.get() && channel.isActive();
    }

    @Override
    public void onClose(Runnable r) {
        onClose.add(r);
        if (!isOpen()) {
            closed();
        }
    }

    private void closed() {
        if (closed.compareAndSet(false, true) || !onClose.isEmpty()) {
            for (Runnable r : onClose) {
                if (onClose.remove(r)) {
                    r.run();
                }
            }
        }
    }
}
