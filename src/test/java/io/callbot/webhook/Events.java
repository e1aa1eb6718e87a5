package io.callbot.webhook;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Test events and a one-line enqueue in its own transaction. */
final class Events {
    private Events() {}

    static WebhookEvent event(String tenant, String customer, String outcome) {
        return new WebhookEvent(UUID.randomUUID(), "call.completed", Instant.parse("2026-03-01T09:00:00Z"), tenant,
                UUID.randomUUID(), new WebhookEvent.CampaignRef("camp-1", "v1"),
                new WebhookEvent.CustomerRef(customer, "crm-" + customer, "+15*******67"), "ANSWERED", outcome,
                List.of(), List.of(), null, List.of(), null, null);
    }

    static WebhookEvent enqueue(DataSource ds, WebhookOutbox outbox, WebhookEndpoint endpoint, String tenant,
            String customer, String outcome) throws SQLException {
        WebhookEvent e = event(tenant, customer, outcome);
        try (Connection c = ds.getConnection()) {
            outbox.enqueue(c, endpoint, e);
        }
        return e;
    }
}
