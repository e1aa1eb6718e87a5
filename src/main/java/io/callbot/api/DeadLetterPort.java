package io.callbot.api;

import java.util.List;
import java.util.Optional;

/** Webhook dead letters, implemented by the app over {@code io.callbot.webhook}. Scope-filtered. Thread-safe. */
public interface DeadLetterPort {

    List<DeadLetterSummary> list(TenantScope scope, int limit);

    /** Queues the dead letter for delivery again; returns it, or empty when not visible. */
    Optional<DeadLetterSummary> replay(TenantScope scope, String deadLetterId);
}
