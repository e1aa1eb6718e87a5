package io.callbot.api;

import io.callbot.call.CrmEvents;
import io.callbot.campaign.Campaign;
import io.callbot.customer.CustomerProfile;
import io.callbot.webhook.ProfileChange;
import io.callbot.webhook.WebhookEndpoint;
import io.callbot.webhook.WebhookOutbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code customer.updated} (source api) for profile changes made through the API: one event per distinct webhook
 * endpoint of the tenant's campaigns, all queued in one transaction. Runs on the API's handler threads; thread-safe.
 */
public final class ApiProfileEvents implements CustomersApi.ProfileEvents {
    private static final Logger log = LoggerFactory.getLogger(ApiProfileEvents.class);

    private final DataSource db;
    private final WebhookOutbox outbox;
    private final CrmEvents events;
    private final Supplier<Map<io.callbot.campaign.CampaignKey, Campaign>> campaigns;
    private final Clock clock;

    public ApiProfileEvents(DataSource db, WebhookOutbox outbox, CrmEvents events, Supplier<Map<io.callbot.campaign.CampaignKey, Campaign>> campaigns,
            Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.events = events;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public void changed(CustomerProfile p, ProfileChange change) {
        if (change.isEmpty()) {
            return;
        }
        Set<WebhookEndpoint> endpoints = new LinkedHashSet<>();
        campaigns.get().values().stream().filter(c -> c.tenant().equals(p.tenant()) && c.webhook() != null)
                .forEach(c -> endpoints.add(new WebhookEndpoint(c.webhook().url(), c.webhook().secretEnv())));
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            for (WebhookEndpoint endpoint : endpoints) {
                outbox.enqueue(c, endpoint, events.profileChanged(p.tenant(), p.id(), p.externalId(),
                        change, clock.instant()));
            }
            c.commit();
        } catch (SQLException e) {
            // the change itself is stored; the CRM misses this one notice: say so loudly
            log.error("customer {} of tenant {} changed through the API but its customer.updated event could not be"
                    + " queued: {}", p.id(), p.tenant(), e.getMessage());
        }
    }
}
