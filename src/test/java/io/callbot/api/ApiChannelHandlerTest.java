package io.callbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Pipelined HTTP/1.1 requests on one connection: answered one at a time, in request order. */
@Tag("unit")
class ApiChannelHandlerTest {

    /** The handler pool, held: the test decides when (and in which order) queued handlings run. */
    private static class HeldPool extends AbstractExecutorService {
        final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            tasks.add(command);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    @Test
    void aLaterRequestFinishingFirstIsStillAnsweredAfterTheEarlierOne() {
        Router router = new Router()
                .add("GET", "/first", false, r -> Json.ok(Map.of("answer", "first")))
                .add("GET", "/second", false, r -> Json.ok(Map.of("answer", "second")))
                .add("GET", "/third", false, r -> Json.ok(Map.of("answer", "third")));
        HeldPool pool = new HeldPool();
        EmbeddedChannel channel = new EmbeddedChannel(new HttpServerCodec(), new HttpServerKeepAliveHandler(),
                new JsonOversizeAggregator(1 << 20), new ApiChannelHandler(new ApiDispatcher(router, null), pool));

        channel.writeInbound(Unpooled.copiedBuffer("GET /first HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /second HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /third HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", StandardCharsets.US_ASCII));
        assertThat(pool.tasks).as("later requests wait until the earlier one is answered").hasSize(1);
        // always run the newest handling first: were they handled at once, the last would be answered first
        while (!pool.tasks.isEmpty()) {
            pool.tasks.pollLast().run();
            channel.runPendingTasks();
        }

        String replies = outbound(channel);
        assertThat(replies.split("HTTP/1.1 200 OK", -1)).hasSize(4);
        assertThat(replies.indexOf("\"first\"")).isLessThan(replies.indexOf("\"second\""));
        assertThat(replies.indexOf("\"second\"")).isLessThan(replies.indexOf("\"third\""));
        assertThat(channel.isOpen()).as("closed after the response to 'Connection: close'").isFalse();
    }

    @Test
    void anOverloadedPoolAnswers503InItsPlaceAndTheNextRequestStillRuns() {
        Router router = new Router().add("GET", "/ok", false, r -> Json.ok(Map.of("answer", "ok")));
        HeldPool refusing = new HeldPool() {
            private int calls;

            @Override
            public void execute(Runnable command) {
                if (calls++ == 0) {
                    throw new java.util.concurrent.RejectedExecutionException("full");
                }
                super.execute(command);
            }
        };
        EmbeddedChannel channel = new EmbeddedChannel(new HttpServerCodec(), new HttpServerKeepAliveHandler(),
                new JsonOversizeAggregator(1 << 20), new ApiChannelHandler(new ApiDispatcher(router, null), refusing));

        channel.writeInbound(Unpooled.copiedBuffer("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /ok HTTP/1.1\r\nHost: x\r\n\r\n", StandardCharsets.US_ASCII));
        assertThat(refusing.tasks).hasSize(1);
        refusing.tasks.poll().run();
        channel.runPendingTasks();

        String replies = outbound(channel);
        assertThat(replies.indexOf("503")).isGreaterThanOrEqualTo(0).isLessThan(replies.indexOf("HTTP/1.1 200 OK"));
        assertThat(channel.isOpen()).isTrue();
    }

    private static String outbound(EmbeddedChannel channel) {
        StringBuilder all = new StringBuilder();
        for (Object o; (o = channel.readOutbound()) != null; ) {
            ByteBuf buf = (ByteBuf) o;
            all.append(buf.toString(StandardCharsets.UTF_8));
            buf.release();
        }
        return all.toString();
    }
}
