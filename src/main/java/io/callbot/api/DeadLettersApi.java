package io.callbot.api;

import io.callbot.webhook.WebhookOutbox;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The API's webhook dead letters over the outbox, scoped to the caller's tenants. */
public final class DeadLettersApi implements DeadLetterPort {
    private final WebhookOutbox outbox;

    public DeadLettersApi(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    private static io.callbot.webhook.TenantFilter scope(TenantScope s) {
        return io.callbot.webhook.TenantFilter.of(s.tenantIds().toArray(String[]::new));
    }

    @Override
    public List<DeadLetterSummary> list(TenantScope scope, int limit) {
        try {
            return outbox.deadLetters(scope(scope), limit).stream().map(DeadLettersApi::view).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("dead letters: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<DeadLetterSummary> replay(TenantScope scope, String id) {
        try {
            UUID eventId = UUID.fromString(id);
            Optional<DeadLetterSummary> found = list(scope, 10_000).stream().filter(d -> d.id().equals(id)).findFirst();
            if (found.isPresent()) {
                outbox.replay(eventId, scope(scope));
            }
            return found;
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("replay: " + e.getMessage(), e);
        }
    }

    private static DeadLetterSummary view(io.callbot.webhook.DeadLetter d) {
        return new DeadLetterSummary(d.eventId().toString(), d.tenant(), d.campaignId(), d.eventType(), d.endpointUrl(),
                d.attempts(), d.lastError(), d.createdAt(), d.deadAt());
    }
}
