package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import io.callbot.config.DaemonThreads;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialing queues of this node, one per campaign, and when each is rebuilt: at once (on the tick's thread) the
 * first time a campaign ticks here or when its audience or order changes; in the background, on a thread of its own,
 * to take in customers imported or changed since, the old queue serving meanwhile. A background pass starts once
 * the snapshot is {@value #MICROS_PER_CUSTOMER} µs per customer old (a pass takes about 5 µs per customer, so
 * re-reading costs about 2 % of the time: an audience of up to 60,000 is re-read every
 * {@value #MIN_REFRESH_SECONDS} s, a million customers every 4 minutes), and at the latest after {@code refresh}.
 * Thread-safe; a campaign's queue itself is used by one tick at a time.
 */
final class DialHoppers {
    private static final Logger log = LoggerFactory.getLogger(DialHoppers.class);
    static final int MIN_REFRESH_SECONDS = 15;
    /** A snapshot is re-read once it is this old per customer in it. */
    static final int MICROS_PER_CUSTOMER = 250;

    private final AudiencePass pass;
    private final Duration refresh;
    private final Clock clock;
    private final Map<String, DialHopper> hoppers = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<DialHopper>> refreshing = new ConcurrentHashMap<>();

    DialHoppers(AudiencePass pass, Duration refresh, Clock clock) {
        this.pass = pass;
        this.refresh = refresh;
        this.clock = clock;
    }

    /** The campaign's queue, built or swapped for a fresher one as needed. */
    DialHopper forCampaign(Campaign campaign, Instant now) throws SQLException {
        String key = key(campaign.tenant(), campaign.id());
        DialHopper hopper = hoppers.get(key);
        CompletableFuture<DialHopper> fresher = refreshing.get(key);
        if (fresher != null && fresher.isDone()) {
            refreshing.remove(key);
            DialHopper built = refreshed(campaign, fresher);
            if (built != null && built.fits(campaign)) {
                hopper = built;
                hoppers.put(key, hopper);
            }
        }
        if (hopper == null || !hopper.fits(campaign)) {
            hopper = pass.run(campaign, now);
            hoppers.put(key, hopper);
            log.info("audience of campaign {} read: {} customers, {} not done, in {} ms", campaign.id(),
                    hopper.snapshot().size(), hopper.snapshot().remaining(), hopper.passTook().toMillis());
        } else if (!now.isBefore(hopper.builtAt().plus(refreshAfter(hopper.snapshot().size(), refresh))) && !refreshing.containsKey(key)) {
            refreshing.put(key, CompletableFuture.supplyAsync(() -> {
                try {
                    return pass.run(campaign, clock.instant());
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }, DialHoppers::onOwnThread));
        }
        return hopper;
    }

    /** How old a snapshot of {@code customers} may grow before it is read again, at the latest after {@code refresh}. */
    static Duration refreshAfter(int customers, Duration refresh) {
        Duration floor = Duration.ofSeconds(Math.min(MIN_REFRESH_SECONDS, refresh.toSeconds()));
        // by size, not by the pass's measured time: a first pass also pays for warming up the JVM and the database
        Duration wanted = Duration.ofNanos((long) customers * MICROS_PER_CUSTOMER * 1000);
        if (wanted.compareTo(floor) < 0) {
            wanted = floor;
        }
        return wanted.compareTo(refresh) > 0 ? refresh : wanted;
    }

    private static DialHopper refreshed(Campaign campaign, CompletableFuture<DialHopper> fresher) {
        try {
            return fresher.get();
        } catch (ExecutionException e) {
            log.warn("refreshing the audience of campaign {} failed; the current queue serves until the next try: {}",
                    campaign.id(), e.getCause().toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Drops the campaign's queue (cancelled, finished, retired): its memory goes, a later tick starts afresh. */
    void forget(String tenant, String campaignId) {
        String key = key(tenant, campaignId);
        hoppers.remove(key);
        refreshing.remove(key);
    }

    private static String key(String tenant, String campaignId) {
        return tenant + '\u0000' + campaignId;
    }

    private static void onOwnThread(Runnable r) {
        DaemonThreads.named("callbot-audience-pass").newThread(r).start();
    }
}
