package io.callbot.launch;

import io.callbot.campaign.Campaign;
import io.callbot.customer.AudienceQuery;
import io.callbot.customer.CustomerProfile;
import io.callbot.customer.CustomerRef;
import io.callbot.customer.CustomerStore;
import io.callbot.schedule.Candidate;
import io.callbot.schedule.TickSettings;
import io.callbot.schedule.WhyAnswer;
import io.callbot.schedule.WhyQuery;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * {@code why} for the CLI and the API: finds the customer by its reference (the CRM's external id, or {@code id:N}),
 * the campaign as loaded, the audience rules the profile fails ({@link AudienceRules}), and asks the scheduler's
 * {@link WhyQuery} for the rest (campaign state, opt-out, attempts and retries, window, gap, caps). Computed on
 * demand; nothing is recorded per tick. Thread-safe.
 */
public final class CustomerWhy {
    private final CustomerStore store;
    private final AudienceRules audience;
    private final WhyQuery why;
    private final Function<io.callbot.campaign.CampaignKey, Optional<Campaign>> campaigns;

    /** A customer and why they are or are not called. */
    public record Answer(CustomerProfile customer, WhyAnswer answer) {}

    /** @param campaigns the campaigns as loaded now, by (tenant, id) */
    public CustomerWhy(DataSource dataSource, CustomerStore store, AudienceQuery query, TickSettings settings, Clock clock,
            Function<io.callbot.campaign.CampaignKey, Optional<Campaign>> campaigns) {
        this.store = store;
        this.audience = new AudienceRules(query);
        this.why = new WhyQuery(dataSource, settings, clock);
        this.campaigns = campaigns;
    }

    /** Empty when the tenant has no customer by that reference. */
    public Optional<Answer> explain(String tenant, CustomerRef ref, String campaignId) throws SQLException {
        Optional<CustomerProfile> found = ref.internalId() != null ? store.get(tenant, ref.internalId())
                : store.getByExternalId(tenant, ref.externalId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CustomerProfile p = found.get();
        Campaign campaign = campaigns.apply(new io.callbot.campaign.CampaignKey(tenant, campaignId)).orElse(null);
        Candidate candidate = new Candidate(p.id(), tenant, p.phone(), zone(p.timezone()),
                p.doNotCall());
        return Optional.of(new Answer(p, why.explain(tenant, campaignId, campaign, candidate,
                campaign == null ? java.util.List.of() : audience.failed(campaign, p))));
    }

    private static ZoneId zone(String timezone) {
        try {
            return timezone == null ? null : ZoneId.of(timezone);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
