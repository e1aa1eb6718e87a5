package io.callbot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Limits on calls to one customer across all campaigns of a tenant (config
 * {@code schedule.max_calls_per_day}, {@code schedule.max_calls_per_week}): at most {@code perLocalDay} calls
 * on one local calendar day and {@code perWeek} in any 7 days. Immutable.
 */
public record FrequencyCaps(int perLocalDay, int perWeek) {
    public static final FrequencyCaps DEFAULT = new FrequencyCaps(1, 3);
    /** How far back call times are needed to check the caps. */
    public static final Duration LOOKBACK = Duration.ofDays(8);

    public FrequencyCaps {
        if (perLocalDay <= 0) {
            throw new IllegalArgumentException("schedule.max_calls_per_day must be > 0, was " + perLocalDay);
        }
        if (perWeek <= 0) {
            throw new IllegalArgumentException("schedule.max_calls_per_week must be > 0, was " + perWeek);
        }
    }

    /**
     * True when one more call at {@code now} stays within both caps.
     *
     * @param callTimes start times of the customer's recent calls (any campaign of the tenant)
     * @param zones     the customer's zone(s): the day cap holds on the local day of each
     */
    public boolean allows(long[] callTimes, Instant now, List<ZoneId> zones) {
        long weekAgo = now.minus(Duration.ofDays(7)).toEpochMilli();
        int inWeek = 0;
        for (long t : callTimes) {
            if (t > weekAgo && t <= now.toEpochMilli()) {
                inWeek++;
            }
        }
        if (inWeek >= perWeek) {
            return false;
        }
        for (ZoneId zone : zones) {
            LocalDate today = now.atZone(zone).toLocalDate();
            int sameDay = 0;
            for (long t : callTimes) {
                if (Instant.ofEpochMilli(t).atZone(zone).toLocalDate().equals(today)) {
                    sameDay++;
                }
            }
            if (sameDay >= perLocalDay) {
                return false;
            }
        }
        return true;
    }

    /**
     * The earliest instant at or after {@code now} when one more call stays within both caps, if no other call is
     * made meanwhile: the next local midnight for a full day, the moment the oldest call of a full week leaves it.
     */
    public Instant nextAllowed(long[] callTimes, Instant now, List<ZoneId> zones) {
        Instant t = now;
        for (int round = 0; round < 4 && !allows(callTimes, t, zones); round++) {
            Instant next = t;
            long weekAgo = t.minus(Duration.ofDays(7)).toEpochMilli();
            long[] inWeek = java.util.Arrays.stream(callTimes).filter(c -> c > weekAgo).sorted().toArray();
            if (inWeek.length >= perWeek) {
                // the week has room once this many of its oldest calls have left it
                next = later(next, Instant.ofEpochMilli(inWeek[inWeek.length - perWeek]).plus(Duration.ofDays(7)));
            }
            for (ZoneId zone : zones) {
                LocalDate day = t.atZone(zone).toLocalDate();
                long sameDay = java.util.Arrays.stream(callTimes)
                        .filter(c -> Instant.ofEpochMilli(c).atZone(zone).toLocalDate().equals(day)).count();
                if (sameDay >= perLocalDay) {
                    next = later(next, day.plusDays(1).atStartOfDay(zone).toInstant());
                }
            }
            t = next;
        }
        return t;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** True when the latest of {@code callTimes} is at least {@code minGap} before {@code now}. */
    public static boolean gapRespected(long[] callTimes, Instant now, Duration minGap) {
        long limit = now.minus(minGap).toEpochMilli();
        for (long t : callTimes) {
            if (t > limit) {
                return false;
            }
        }
        return true;
    }
}
