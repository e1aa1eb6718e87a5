package io.callbot.dial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue in front of the dialer: holds requests until their trunk has a pacing token and their campaign, trunk
 * and tenant are under their caps, then hands them to the sender. One pacer thread dispatches; submit, release and
 * cancel may be called from any thread (state is guarded by one lock).
 */
final class DialQueue implements AutoCloseable {

    /** Places one call; returns false when it could not be sent at all (link down), so it is queued again. */
    @FunctionalInterface
    interface Sender {
        boolean send(DialRequest request);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DialQueue.class);
    private static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DialLimits limits;
    private final LongSupplier ticker;
    private final Sender sender;
    private final BooleanSupplier open;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final LinkedList<DialRequest> waiting = new LinkedList<>();
    private final Map<String, TokenBucket> buckets = new HashMap<>();
    /** Per campaign, keyed by id and rate, so an edited rate starts a fresh bucket. */
    private final Map<String, TokenBucket> campaignBuckets = new HashMap<>();
    private final ConcurrencyGate gate;
    private final AtomicLong dispatched = new AtomicLong();
    private final AtomicLong pumps = new AtomicLong();
    private final Thread pacer;
    private boolean dirty;
    private volatile boolean running = true;

    DialQueue(DialLimits limits, LongSupplier ticker, Sender sender, BooleanSupplier open) {
        this.limits = limits;
        this.ticker = ticker;
        this.sender = sender;
        this.open = open;
        this.gate = new ConcurrencyGate(limits);
        this.pacer = new Thread(this::run, "dial-pacer");
        pacer.setDaemon(true);
        pacer.start();
    }

    void submit(DialRequest request) {
        lock.lock();
        try {
            waiting.addLast(request);
        } finally {
            lock.unlock();
        }
        wake();
    }

    /** Frees the call's slots once it has ended. */
    void release(DialRequest request) {
        lock.lock();
        try {
            gate.release(request);
        } finally {
            lock.unlock();
        }
        wake();
    }

    /** Removes a call that is still waiting; false if it was already dispatched. */
    boolean cancel(UUID attemptId) {
        lock.lock();
        try {
            return waiting.removeIf(r -> r.attemptId().equals(attemptId));
        } finally {
            lock.unlock();
        }
    }

    /** Makes the pacer look again now (a call ended, the link came back, the ticker moved). */
    void wake() {
        lock.lock();
        try {
            dirty = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    int inFlight() {
        lock.lock();
        try {
            return gate.total();
        } finally {
            lock.unlock();
        }
    }

    long dispatched() {
        return dispatched.get();
    }

    /** How many dispatch rounds the pacer has finished (lets tests wait for "the pacer has looked"). */
    long pumps() {
        return pumps.get();
    }

    private void run() {
        while (running) {
            try {
                long wait = pump();
                awaitChange(Math.min(wait, MAX_WAIT_NANOS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("dial pacer round failed; continuing", e);
            }
        }
    }

    private void awaitChange(long nanos) throws InterruptedException {
        lock.lock();
        try {
            long left = nanos;
            while (!dirty && running && left > 0) {
                left = changed.awaitNanos(left);
            }
            dirty = false;
        } finally {
            lock.unlock();
        }
    }

    /** One round: takes every call that may go now, sends them outside the lock; returns nanos until a token. */
    private long pump() {
        List<DialRequest> batch = new ArrayList<>();
        long wait = Long.MAX_VALUE;
        lock.lock();
        try {
            if (open.getAsBoolean()) {
                wait = select(batch);
            }
        } finally {
            lock.unlock();
        }
        for (int i = 0; i < batch.size(); i++) {
            if (!sender.send(batch.get(i))) {
                requeue(batch.subList(i, batch.size()));
                break;
            }
            dispatched.incrementAndGet();
        }
        pumps.incrementAndGet();
        return wait;
    }

    private long select(List<DialRequest> batch) {
        long wait = Long.MAX_VALUE;
        for (Iterator<DialRequest> it = waiting.iterator(); it.hasNext(); ) {
            DialRequest r = it.next();
            if (!gate.hasRoom(r)) {
                continue;
            }
            TokenBucket bucket = buckets.computeIfAbsent(r.trunk(),
                    t -> new TokenBucket(limits.rateFor(t), limits.burst(), ticker));
            TokenBucket campaign = r.campaignCallsPerSecond() > 0 ? campaignBuckets.computeIfAbsent(
                    r.campaignId() + "@" + r.campaignCallsPerSecond(),
                    k -> new TokenBucket(r.campaignCallsPerSecond(), 1, ticker)) : null;
            // both must have a token; look first so a call that waits for one does not spend the other
            long campaignWait = campaign == null ? 0 : campaign.nanosUntilToken();
            long trunkWait = bucket.nanosUntilToken();
            if (campaignWait > 0 || trunkWait > 0) {
                wait = Math.min(wait, Math.max(campaignWait, trunkWait));
                continue;
            }
            bucket.tryTake();
            if (campaign != null) {
                campaign.tryTake();
            }
            gate.acquire(r);
            it.remove();
            batch.add(r);
        }
        return wait;
    }

    /** Calls that could not be sent go back to the front, in order, and give their slots back. */
    private void requeue(List<DialRequest> unsent) {
        lock.lock();
        try {
            for (int i = unsent.size() - 1; i >= 0; i--) {
                gate.release(unsent.get(i));
                waiting.addFirst(unsent.get(i));
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        running = false;
        wake();
        pacer.interrupt();
    }
}
