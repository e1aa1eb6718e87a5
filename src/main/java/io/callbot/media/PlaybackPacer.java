package io.callbot.media;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared playback clock: every 20 ms it asks each registered call for its next frame. A few lane threads (each
 * owns a share of the calls) sleep until absolute deadlines {@code start + k * 20 ms}, so the rate never drifts; a
 * lane that wakes more than a frame late skips ahead instead of sending a burst. A manual pacer has no threads and
 * advances only on {@link #tick()}, which makes tests exact. Thread-safe.
 */
public final class PlaybackPacer implements AutoCloseable {

    /** The AudioSocket frame period. */
    public static final Duration FRAME_PERIOD = Duration.ofMillis(20);

    private static final Logger log = LoggerFactory.getLogger(PlaybackPacer.class);
    private static final long PERIOD_NANOS = FRAME_PERIOD.toNanos();
    private static final int LATENESS_BUCKETS = 101;
    private static final long BUCKET_NANOS = 500_000L;

    /** Something that sends one frame per tick; called on a pacer lane thread. */
    interface PacedStream {
        void emitFrame();
    }

    private final Lane[] lanes;
    private final Map<PacedStream, Lane> laneOf = new ConcurrentHashMap<>();
    private final AtomicLong resyncs = new AtomicLong();
    private final AtomicLong skippedNanos = new AtomicLong();
    /** Wake-up lateness per lane tick, in 0.5 ms buckets up to 50 ms (the last bucket holds everything later). */
    private final AtomicLongArray lateness = new AtomicLongArray(LATENESS_BUCKETS);
    private final boolean manual;

    private PlaybackPacer(int laneCount, boolean manual) {
        this.manual = manual;
        this.lanes = new Lane[laneCount];
        long start = System.nanoTime() + PERIOD_NANOS;
        for (int i = 0; i < laneCount; i++) {
            // lanes tick at staggered phases so their work does not pile onto the same instant
            lanes[i] = new Lane(i, start + i * PERIOD_NANOS / laneCount);
        }
        if (!manual) {
            for (Lane lane : lanes) {
                lane.thread.start();
            }
        }
    }

    /** A real-time pacer with {@code threads} lane threads (1-2 per core is plenty for hundreds of calls). */
    public static PlaybackPacer realTime(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("media.pacer_threads must be >= 1, was " + threads);
        }
        return new PlaybackPacer(threads, false);
    }

    /** A pacer without threads that emits one frame per registered call on each {@link #tick()}. */
    public static PlaybackPacer manual() {
        return new PlaybackPacer(1, true);
    }

    /** Manual pacers only: emits one frame on every registered call, on the calling thread. */
    public void tick() {
        if (!manual) {
            throw new IllegalStateException("tick() is for manual pacers; this one runs on its own threads");
        }
        for (Lane lane : lanes) {
            lane.emitAll();
        }
    }

    /** How many times a lane woke more than a frame late and skipped ahead (a sign of CPU starvation). */
    public long resyncCount() {
        return resyncs.get();
    }

    /** Total time the lanes skipped by restarting their schedule late; playback is delayed by this, never rushed. */
    public Duration skippedTime() {
        return Duration.ofNanos(skippedNanos.get());
    }

    /**
     * The given percentile (0..1) of how late the lane threads woke for their ticks, to 0.5 ms resolution (50 ms =
     * 50 ms or later): the jitter the robot itself adds before the network.
     */
    public Duration wakeLatenessPercentile(double p) {
        long total = 0;
        for (int i = 0; i < LATENESS_BUCKETS; i++) {
            total += lateness.get(i);
        }
        long seen = 0;
        for (int i = 0; i < LATENESS_BUCKETS; i++) {
            seen += lateness.get(i);
            if (total > 0 && seen >= Math.ceil(p * total)) {
                return Duration.ofNanos((i + 1) * BUCKET_NANOS);
            }
        }
        return Duration.ZERO;
    }

    /** Number of calls currently paced. */
    public int streamCount() {
        return laneOf.size();
    }

    void register(PacedStream stream) {
        Lane lane = lanes[0];
        for (Lane l : lanes) {
            if (l.streams.size() < lane.streams.size()) {
                lane = l;
            }
        }
        if (laneOf.putIfAbsent(stream, lane) == null) {
            lane.streams.add(stream);
        }
    }

    void unregister(PacedStream stream) {
        Lane lane = laneOf.remove(stream);
        if (lane != null) {
            lane.streams.remove(stream);
        }
    }

    @Override
    public void close() {
        for (Lane lane : lanes) {
            lane.running = false;
            LockSupport.unpark(lane.thread);
        }
    }

    private final class Lane implements Runnable {
        final List<PacedStream> streams = new CopyOnWriteArrayList<>();
        final Thread thread;
        volatile boolean running = true;
        private long deadline;

        Lane(int index, long firstDeadline) {
            this.deadline = firstDeadline;
            this.thread = new Thread(this, "media-pacer-" + index);
            thread.setDaemon(true);
            thread.setPriority(Thread.MAX_PRIORITY);
        }

        @Override
        public void run() {
            while (running) {
                long now = System.nanoTime();
                while (running && now < deadline) {
                    LockSupport.parkNanos(deadline - now);
                    now = System.nanoTime();
                }
                lateness.incrementAndGet((int) Math.min(LATENESS_BUCKETS - 1, Math.max(0, now - deadline) / BUCKET_NANOS));
                if (now - deadline > PERIOD_NANOS) {
                    skipAhead(now);
                }
                emitAll();
                deadline += PERIOD_NANOS;
            }
        }

        /** Late by more than a frame: catching up would burst, so the schedule restarts from now. */
        private void skipAhead(long now) {
            long count = resyncs.incrementAndGet();
            skippedNanos.addAndGet(now - deadline);
            if (count == 1 || count % 100 == 0) {
                // rate-limited: a starved machine would otherwise log fifty lines a second
                log.warn("playback pacer {} woke {} ms late ({} times so far); skipping ahead rather than bursting",
                        thread.getName(), (now - deadline) / 1_000_000, count);
            }
            deadline = now;
        }

        void emitAll() {
            for (PacedStream s : streams) {
                try {
                    s.emitFrame();
                } catch (RuntimeException e) {
                    log.error("playback frame failed; the pacer goes on", e);
                }
            }
        }
    }
}
