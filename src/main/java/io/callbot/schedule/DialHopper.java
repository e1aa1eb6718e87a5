package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One campaign's dialing queue on this node (what dialers call a hopper): the next few minutes of customers its
 * {@link AudienceSnapshot} says are due, in priority order. It refills from the snapshot, in memory, when it runs
 * short, and at least once a minute so that customers who became due meanwhile (a retry, a zone whose window just
 * opened) take their place by priority. Whoever is taken from it is checked again against the customer store and
 * the ledger right before dialing ({@link CampaignTick}): the queue only saves looking at the whole audience.
 * Confined to the campaign's tick thread.
 */
final class DialHopper {
    /** How many seconds of dialing at the campaign's pace the queue holds. */
    static final int SECONDS_AHEAD = 180;
    static final Duration REQUEUE_EVERY = Duration.ofMinutes(1);
    private static final int MIN_LEVEL = 50;
    private static final int MAX_LEVEL = 10_000;

    private final Campaign builtFor;
    private final AudienceSnapshot snapshot;
    private final Instant builtAt;
    private final Duration passTook;
    private Map<SkipReason, Integer> passSkipped;
    private int[] ready = new int[0];
    private int next;
    private Instant queuedAt = Instant.MIN;

    DialHopper(Campaign builtFor, AudienceSnapshot snapshot, Instant builtAt, Duration passTook,
            Map<SkipReason, Integer> passSkipped) {
        this.builtFor = builtFor;
        this.snapshot = snapshot;
        this.builtAt = builtAt;
        this.passTook = passTook;
        this.passSkipped = Map.copyOf(passSkipped);
    }

    AudienceSnapshot snapshot() {
        return snapshot;
    }

    Instant builtAt() {
        return builtAt;
    }

    /** How long the pass that built the snapshot took. */
    Duration passTook() {
        return passTook;
    }

    /** Who the pass that built the snapshot left out, by reason; returned once (to the first tick that uses it). */
    Map<SkipReason, Integer> drainPassSkipped() {
        Map<SkipReason, Integer> once = passSkipped;
        passSkipped = Map.of();
        return once;
    }

    /** Whether this queue was built for the same audience in the same order (other edits need no new pass). */
    boolean fits(Campaign campaign) {
        return builtFor.tenant().equals(campaign.tenant()) && Objects.equals(builtFor.audience(), campaign.audience())
                && builtFor.priority().equals(campaign.priority())
                && Objects.equals(builtFor.schedule().timezone(), campaign.schedule().timezone());
    }

    /** Customers waiting in the queue. */
    int queued() {
        return ready.length - next;
    }

    /**
     * Takes up to {@code n} customers (snapshot indexes), best first, refilling the queue first when it holds fewer
     * or was filled over a minute ago. The caller settles each one ({@link AudienceSnapshot#defer} or
     * {@link AudienceSnapshot#done}); until then no refill hands it out again.
     */
    int[] take(int n, Instant now, CandidateRules rules, Campaign campaign) {
        if (queued() < n || !now.isBefore(queuedAt.plus(REQUEUE_EVERY))) {
            refill(now, rules, Math.max(n, level(campaign)));
        }
        int k = Math.min(n, queued());
        int[] taken = Arrays.copyOfRange(ready, next, next + k);
        next += k;
        return taken;
    }

    private void refill(Instant now, CandidateRules rules, int level) {
        for (int i = next; i < ready.length; i++) {
            snapshot.unqueue(ready[i]);
        }
        List<List<ZoneId>> zoneSets = snapshot.zoneSets();
        boolean[] open = new boolean[zoneSets.size()];
        for (int z = 0; z < open.length; z++) {
            open[z] = rules.windowClosed(zoneSets.get(z), now) == null;
        }
        ready = snapshot.nextDue(now, open, level);
        for (int i : ready) {
            snapshot.queue(i);
        }
        next = 0;
        queuedAt = now;
    }

    /** A few minutes of dialing at the campaign's calls per second, within sane bounds. */
    static int level(Campaign campaign) {
        double perSecond = campaign.dial() == null ? 1 : campaign.dial().callsPerSecond();
        long level = (long) Math.ceil(perSecond * SECONDS_AHEAD);
        return (int) Math.max(MIN_LEVEL, Math.min(MAX_LEVEL, level));
    }
}
