package io.callbot.sim;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters the tests and benchmarks read: originates per ChannelId (to prove nothing was dialled twice), live
 * channels and the most ever live at once, and when each OriginateResponse was written. Thread-safe.
 */
public final class SimStats {

    private final Map<String, AtomicInteger> originatesByUuid = new ConcurrentHashMap<>();
    private final Map<String, Long> originateResponseNanos = new ConcurrentHashMap<>();
    private final AtomicInteger live = new AtomicInteger();
    private final AtomicInteger maxLive = new AtomicInteger();
    private final AtomicLong originates = new AtomicLong();
    private final AtomicLong logins = new AtomicLong();

    void originateReceived(String uuid) {
        originates.incrementAndGet();
        originatesByUuid.computeIfAbsent(uuid, k -> new AtomicInteger()).incrementAndGet();
    }

    private final Map<String, AtomicInteger> liveByGroup = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> maxByGroup = new ConcurrentHashMap<>();

    /** A channel was created; groups are e.g. {@code trunk:A} and {@code campaign:c1}, tracked separately. */
    void channelUp(List<String> groups) {
        int now = live.incrementAndGet();
        maxLive.accumulateAndGet(now, Math::max);
        for (String g : groups) {
            int n = liveByGroup.computeIfAbsent(g, k -> new AtomicInteger()).incrementAndGet();
            maxByGroup.computeIfAbsent(g, k -> new AtomicInteger()).accumulateAndGet(n, Math::max);
        }
    }

    void channelDown(List<String> groups) {
        live.decrementAndGet();
        for (String g : groups) {
            liveByGroup.get(g).decrementAndGet();
        }
    }

    /** The most channels of one group ({@code trunk:NAME}, {@code campaign:ID}) live at once. */
    public int maxLive(String group) {
        AtomicInteger n = maxByGroup.get(group);
        return n == null ? 0 : n.get();
    }

    void originateResponded(String uuid) {
        originateResponseNanos.put(uuid, System.nanoTime());
    }

    void loggedIn() {
        logins.incrementAndGet();
    }

    /** How many Originate actions carried this ChannelId. */
    public int originatesFor(String uuid) {
        AtomicInteger n = originatesByUuid.get(uuid);
        return n == null ? 0 : n.get();
    }

    /** Every ChannelId that was originated more than once (should be empty). */
    public Map<String, Integer> duplicates() {
        Map<String, Integer> dups = new java.util.TreeMap<>();
        originatesByUuid.forEach((k, v) -> {
            if (v.get() > 1) {
                dups.put(k, v.get());
            }
        });
        return dups;
    }

    public long originates() {
        return originates.get();
    }

    public int liveChannels() {
        return live.get();
    }

    /** The most channels that were live (created and not yet hung up) at the same moment. */
    public int maxLiveChannels() {
        return maxLive.get();
    }

    public long logins() {
        return logins.get();
    }

    /** {@link System#nanoTime()} when the OriginateResponse for this call was written, or null. */
    public Long originateResponseNanos(String uuid) {
        return originateResponseNanos.get(uuid);
    }
}
