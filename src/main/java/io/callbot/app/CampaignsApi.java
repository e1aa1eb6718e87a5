package io.callbot.app;

import io.callbot.api.CampaignCommand;
import io.callbot.api.CampaignDetail;
import io.callbot.api.CampaignPort;
import io.callbot.api.CampaignSummary;
import io.callbot.api.Funnel;
import io.callbot.api.TenantScope;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignCatalog;
import io.callbot.campaign.ValidationError;
import io.callbot.customer.AudienceQuery;
import io.callbot.schedule.CampaignLifecycle;
import io.callbot.schedule.CampaignScheduler;
import io.callbot.schedule.CampaignStates;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The API's campaigns: the campaigns in force (with the errors of a rejected edit of their file), their lifecycle in
 * the scheduler, and funnels from the ledger.
 */
final class CampaignsApi implements CampaignPort {
    private final CampaignCatalog campaigns;
    private final CampaignScheduler scheduler;
    private final CampaignStates states;
    private final AudienceQuery audience;
    private final DataSource db;

    CampaignsApi(CampaignCatalog campaigns, CampaignScheduler scheduler, DataSource db, AudienceQuery audience) {
        this.campaigns = campaigns;
        this.scheduler = scheduler;
        this.states = new CampaignStates(db);
        this.audience = audience;
        this.db = db;
    }

    @Override
    public List<CampaignSummary> list(TenantScope scope) {
        return campaigns.campaigns().values().stream().filter(c -> scope.sees(c.tenant())).map(this::summary).toList();
    }

    @Override
    public Optional<CampaignDetail> get(TenantScope scope, String id) {
        return visible(scope, id).map(c -> new CampaignDetail(summary(c), c.source(),
                campaigns.rejectedEdit(id).stream().map(ValidationError::toString).toList()));
    }

    @Override
    public Optional<CampaignSummary> control(TenantScope scope, String id, CampaignCommand command) {
        Optional<Campaign> campaign = visible(scope, id);
        if (campaign.isEmpty()) {
            return Optional.empty();
        }
        refuseWhenOver(id, command);
        try {
            switch (command) {
                case START, RESUME -> scheduler.resume(id);
                case PAUSE -> scheduler.pause(id);
                case CANCEL -> scheduler.cancel(id);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot " + command.name().toLowerCase(java.util.Locale.ROOT) + " campaign "
                    + id + ": " + e.getMessage(), e);
        }
        return Optional.of(summary(campaign.get()));
    }

    /** A cancelled or completed campaign is over: no command applies (docs/api.md: 409). */
    private void refuseWhenOver(String id, CampaignCommand command) {
        CampaignLifecycle now;
        try {
            now = states.get(id).map(CampaignStates.State::lifecycle).orElse(CampaignLifecycle.SCHEDULED);
        } catch (SQLException e) {
            throw new IllegalArgumentException("cannot read the state of campaign " + id + ": " + e.getMessage(), e);
        }
        if (now == CampaignLifecycle.CANCELLED || now == CampaignLifecycle.COMPLETED) {
            throw new IllegalStateException("campaign " + id + " is " + now.code() + "; "
                    + command.name().toLowerCase(java.util.Locale.ROOT) + " applies only to a scheduled, running or"
                    + " paused campaign");
        }
    }

    @Override
    public Optional<Funnel> stats(TenantScope scope, String id) {
        return visible(scope, id).map(c -> new Funnel(
                audience.count(c.tenant(), c.audience(), AudienceQuery.Options.forCampaign(c)),
                count(id, "state IN ('DIALING','IN_CALL','FINISHED','UNKNOWN')"),
                count(id, "result IN ('ANSWERED','VOICEMAIL')"),
                count(id, "result = 'ANSWERED'"),
                count(id, "result = 'ANSWERED' AND outcome IS NOT NULL AND outcome NOT LIKE 'hung_up_in_%'"),
                count(id, "is_final AND result = 'ANSWERED' AND outcome NOT IN ('declined','opted_out','do_not_call')"),
                count(id, "outcome IN ('opted_out','do_not_call')")));
    }

    private Optional<Campaign> visible(TenantScope scope, String id) {
        return campaigns.get(id).filter(c -> scope.sees(c.tenant()));
    }

    private CampaignSummary summary(Campaign c) {
        String state;
        try {
            state = states.get(c.id()).map(s -> s.lifecycle().name().toLowerCase(java.util.Locale.ROOT)).orElse("scheduled");
        } catch (SQLException e) {
            state = "unknown";
        }
        return new CampaignSummary(c.id(), c.tenant(), c.name(), state, c.version());
    }

    private long count(String campaignId, String where) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM call_attempt WHERE campaign_id = ? AND (" + where + ")")) {
            ps.setString(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("campaign stats failed: " + e.getMessage(), e);
        }
    }
}
