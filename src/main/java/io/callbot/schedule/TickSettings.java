package io.callbot.schedule;

import java.time.Duration;

/**
 * Node-wide scheduling settings. Immutable.
 *
 * @param nodeId          identifies this server in the ledger (lease owner); unique per running process
 * @param quiet           the global quiet-hours floor
 * @param caps            tenant-wide frequency caps
 * @param lease           how long a claimed attempt stays leased without a heartbeat renewing it
 * @param audienceRefresh the longest a campaign's audience snapshot may age before it is read again in the
 *                        background, to take in customers imported or changed meanwhile (small audiences are
 *                        re-read sooner: see {@link DialHoppers})
 */
public record TickSettings(String nodeId, QuietHours quiet, FrequencyCaps caps, Duration lease,
                           Duration audienceRefresh) {
    public static final Duration DEFAULT_AUDIENCE_REFRESH = Duration.ofMinutes(10);

    public TickSettings {
        if (nodeId == null || nodeId.isBlank()) {
            throw new IllegalArgumentException("schedule node id must be set, was empty");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("schedule lease must be > 0, was " + lease);
        }
        if (audienceRefresh.isNegative() || audienceRefresh.isZero()) {
            throw new IllegalArgumentException("schedule.audience_refresh must be > 0, was " + audienceRefresh);
        }
    }

    public TickSettings(String nodeId, QuietHours quiet, FrequencyCaps caps, Duration lease) {
        this(nodeId, quiet, caps, lease, DEFAULT_AUDIENCE_REFRESH);
    }

    /** The scheduler's settings from the server configuration (also what {@code why} applies). */
    public static TickSettings fromConfig(io.callbot.config.ServerConfig config, String nodeId) {
        java.time.LocalTime[] quiet = config.timeRange("schedule.quiet_hours");
        return new TickSettings(nodeId, new QuietHours(quiet[0], quiet[1]),
                new FrequencyCaps(config.integer("schedule.max_calls_per_day"),
                        config.integer("schedule.max_calls_per_week")),
                config.duration("schedule.attempt_lease"), config.duration("schedule.audience_refresh"));
    }

    public static TickSettings defaults(String nodeId) {
        return new TickSettings(nodeId, QuietHours.DEFAULT, FrequencyCaps.DEFAULT, Duration.ofMinutes(2));
    }

    public TickSettings withAudienceRefresh(Duration value) {
        return new TickSettings(nodeId, quiet, caps, lease, value);
    }
}
