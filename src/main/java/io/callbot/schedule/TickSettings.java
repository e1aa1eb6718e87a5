package io.callbot.schedule;

import java.time.Duration;

/**
 * Node-wide scheduling settings. Immutable.
 *
 * @param nodeId identifies this server in the ledger (lease owner); unique per running process
 * @param quiet  the global quiet-hours floor
 * @param caps   tenant-wide frequency caps
 * @param lease  how long a claimed attempt stays leased without a heartbeat renewing it
 */
public record TickSettings(String nodeId, QuietHours quiet, FrequencyCaps caps, Duration lease) {
    public TickSettings {
        if (nodeId == null || nodeId.isBlank()) {
            throw new IllegalArgumentException("schedule node id must be set, was empty");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("schedule lease must be > 0, was " + lease);
        }
    }

    public static TickSettings defaults(String nodeId) {
        return new TickSettings(nodeId, QuietHours.DEFAULT, FrequencyCaps.DEFAULT, Duration.ofMinutes(2));
    }
}
