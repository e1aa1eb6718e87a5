package io.callbot.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read side of the call ledger and outcomes, implemented by the app over {@code call_attempt} and the outcome
 * tables. Only calls of the scope's tenants are visible. Thread-safe.
 */
public interface CallPort {

    /** Finished calls matching the query, newest first by (endedAt, id), at most {@code query.limit()}. */
    CallPage list(TenantScope scope, CallQuery query);

    Optional<CallDetail> get(TenantScope scope, UUID callId);

    /** The call's recording, a WAV file; empty when the call is not visible or has no recording. */
    Optional<Path> recording(TenantScope scope, UUID callId);

    List<LiveCall> live(TenantScope scope);

    /**
     * Registers a listener told (on a call or writer thread; it must return at once) whenever a live call changes:
     * answered, a new dialog state, something said, ended. The default tells nothing (polling still works).
     */
    default void onLiveChange(Runnable listener) {
    }
}
