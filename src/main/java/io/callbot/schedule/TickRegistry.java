package io.callbot.schedule;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where Quartz-instantiated jobs find the running scheduler's tick, keyed by scheduler name and instance
 * id (Quartz creates job objects itself, so they cannot be handed one). Thread-safe.
 */
final class TickRegistry {
    private static final Map<String, TickRunner> RUNNERS = new ConcurrentHashMap<>();

    private TickRegistry() {}

    static void register(String schedulerName, String instanceId, TickRunner runner) {
        RUNNERS.put(key(schedulerName, instanceId), runner);
    }

    static void unregister(String schedulerName, String instanceId) {
        RUNNERS.remove(key(schedulerName, instanceId));
    }

    static Optional<TickRunner> lookup(String schedulerName, String instanceId) {
        return Optional.ofNullable(RUNNERS.get(key(schedulerName, instanceId)));
    }

    private static String key(String schedulerName, String instanceId) {
        return schedulerName + '\u0000' + instanceId;
    }
}
