package io.callbot.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live calls pushed to consoles as server-sent events ({@code event: live}, data = the same JSON as
 * {@code GET /calls/live}): within a quarter second of a change the call layer reports, and at least every
 * {@value #FULL_REFRESH_MS} ms (dialing calls and calls of other nodes are only in the ledger). A subscriber gets an
 * event only when its view changed, and a ping every {@value #PING_MS} ms so a gone client is noticed.
 * Thread-safe; all pushes run on one timer thread, started with the first subscriber.
 */
final class LiveCallFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveCallFeed.class);
    static final long STEP_MS = 250;
    static final long FULL_REFRESH_MS = 2000;
    static final long PING_MS = 15_000;

    private final CallPort calls;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean changed = new AtomicBoolean();
    private volatile ScheduledExecutorService timer;
    private long lastFull;
    private long lastPing;

    private static final class Subscriber {
        final TenantScope scope;
        final EventSink sink;
        String last;

        Subscriber(TenantScope scope, EventSink sink) {
            this.scope = scope;
            this.sink = sink;
        }
    }

    LiveCallFeed(CallPort calls) {
        this.calls = calls;
        calls.onLiveChange(() -> changed.set(true));
    }

    /** The stream of one console, seeing what {@code scope} sees. */
    EventStream subscribe(TenantScope scope) {
        return sink -> {
            Subscriber s = new Subscriber(scope, sink);
            subscribers.add(s);
            sink.onClose(() -> subscribers.remove(s));
            timer().execute(() -> push(s));
        };
    }

    private synchronized ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(new DefaultThreadFactory("api-live-feed", true));
            timer.scheduleWithFixedDelay(this::step, STEP_MS, STEP_MS, TimeUnit.MILLISECONDS);
        }
        return timer;
    }

    private void step() {
        long now = System.currentTimeMillis();
        boolean full = now - lastFull >= FULL_REFRESH_MS;
        if (changed.getAndSet(false) || full) {
            lastFull = full ? now : lastFull;
            subscribers.forEach(this::push);
        }
        if (now - lastPing >= PING_MS) {
            lastPing = now;
            subscribers.forEach(s -> s.sink.ping());
        }
    }

    private void push(Subscriber s) {
        try {
            List<LiveCall> live = calls.live(s.scope);
            String json = Json.mapper().writeValueAsString(Map.of("calls", live));
            if (!json.equals(s.last) && s.sink.send("live", json)) {
                s.last = json;
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // one console's failure (a database hiccup) must not stop the feed; it gets the next change
            log.warn("live call feed: {}", e.toString());
        }
    }

    int subscribers() {
        return subscribers.size();
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
