package io.callbot.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's audience as one pass over it found it: customer ids in priority order, each with its zone set
 * and the earliest time it may be due, or done for good. About 14 bytes per customer; finding the
 * next due customers is a scan of primitive arrays, with no database, that skips customers whose zones are outside
 * the calling window. Confined to one thread at a time (the campaign's tick; Quartz runs one per campaign).
 */
final class AudienceSnapshot {
    private static final int DONE = Integer.MAX_VALUE;

    private final CustomerIds ids = new CustomerIds();
    private final List<List<ZoneId>> zoneSets = new ArrayList<>();
    private final Map<List<ZoneId>, Integer> zoneSetIndex = new HashMap<>();
    /** Seconds from {@link #base}; 0 = due whenever its zones are open. */
    private final long base;
    private short[] zoneSet = new short[1024];
    private int[] notBefore = new int[1024];
    private final BitSet queued = new BitSet();
    /** Every entry before it is done. */
    private int head;
    private int done;

    AudienceSnapshot(Instant base) {
        this.base = base.getEpochSecond();
    }

    /** Appends the next customer in priority order. */
    void add(long customerId, List<ZoneId> zones, Eligibility eligibility) {
        int i = ids.size();
        ids.add(customerId);
        if (i == zoneSet.length) {
            zoneSet = Arrays.copyOf(zoneSet, i * 2);
            notBefore = Arrays.copyOf(notBefore, i * 2);
        }
        zoneSet[i] = (short) zoneSetOf(zones);
        notBefore[i] = 0;
        if (eligibility.never()) {
            notBefore[i] = DONE;
            done++;
        } else if (eligibility.notBefore() != null) {
            notBefore[i] = seconds(eligibility.notBefore());
        }
    }

    int size() {
        return ids.size();
    }

    /** Customers not done for good. */
    int remaining() {
        return size() - done;
    }

    long customerId(int i) {
        return ids.get(i);
    }

    List<ZoneId> zones(int i) {
        return zoneSets.get(zoneSet[i]);
    }

    /** The distinct zone sets, by index; {@link #nextDue} takes which of them are open now. */
    List<List<ZoneId>> zoneSets() {
        return zoneSets;
    }

    /**
     * Up to {@code max} entries in priority order that are not done, not queued, due by {@code now} and whose
     * zone set is open ({@code open[zoneSet]}); scanning starts at the first entry not done.
     */
    int[] nextDue(Instant now, boolean[] open, int max) {
        int limit = seconds(now);
        int[] found = new int[Math.max(0, max)];
        int n = 0;
        int size = size();
        while (head < size && notBefore[head] == DONE) {
            head++;
        }
        for (int i = head; i < size && n < max; i++) {
            int due = notBefore[i];
            if (due <= limit && open[zoneSet[i]] && !queued.get(i)) {
                found[n++] = i;
            }
        }
        return n == found.length ? found : Arrays.copyOf(found, n);
    }

    void queue(int i) {
        queued.set(i);
    }

    void unqueue(int i) {
        queued.clear(i);
    }

    /** Not due before {@code at}; {@code zones} replaces the entry's zones (the profile's may have changed). */
    void defer(int i, Instant at, List<ZoneId> zones) {
        queued.clear(i);
        zoneSet[i] = (short) zoneSetOf(zones);
        if (notBefore[i] != DONE) {
            notBefore[i] = seconds(at);
        }
    }

    /** Never again in this campaign (as far as this snapshot goes: the next pass looks again). */
    void done(int i) {
        queued.clear(i);
        if (notBefore[i] != DONE) {
            notBefore[i] = DONE;
            done++;
        }
    }

    private int zoneSetOf(List<ZoneId> zones) {
        Integer index = zoneSetIndex.get(zones);
        if (index == null) {
            if (zoneSets.size() > Short.MAX_VALUE) {
                throw new IllegalStateException("more than " + Short.MAX_VALUE + " distinct customer zone sets");
            }
            index = zoneSets.size();
            zoneSets.add(List.copyOf(zones));
            zoneSetIndex.put(zoneSets.get(index), index);
        }
        return index;
    }

    /** Whole seconds from the base, rounded up so a customer is never due early; clamped to the int range. */
    private int seconds(Instant t) {
        long s = t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0) - base;
        return (int) Math.max(0, Math.min(DONE - 1, s));
    }
}
