package io.callbot.api;

import io.callbot.call.TranscriptStore;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignCatalog;
import io.callbot.campaign.CampaignKey;
import io.callbot.campaign.Schedule;
import io.callbot.campaign.ValidationError;
import io.callbot.schedule.CampaignFunnel;
import io.callbot.schedule.CampaignLifecycle;
import io.callbot.schedule.CampaignScheduler;
import io.callbot.schedule.CampaignStates;
import io.callbot.schedule.CampaignVersions;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The API's campaigns: the campaigns in force (with the errors of a rejected edit of their file), their lifecycle in
 * the scheduler, their numbered versions, funnels ({@link CampaignFunnel}, the demo's query too), timelines and the
 * no-match report from the ledger and transcripts. Campaign ids are unique per tenant only: an id names the caller's
 * own campaign first, else the one visible tenant's that uses it; when several sub-merchants use it the caller must
 * narrow the scope to one tenant ({@code ?tenant=}).
 */
public final class CampaignsApi implements CampaignPort {
    private final CampaignCatalog campaigns;
    private final CampaignScheduler scheduler;
    private final CampaignStates states;
    private final CampaignVersions versions;
    private final CampaignFunnel funnel;
    private final CampaignCharts charts;
    private final TranscriptStore transcripts;

    public CampaignsApi(CampaignCatalog campaigns, CampaignScheduler scheduler, DataSource db) {
        this.campaigns = campaigns;
        this.scheduler = scheduler;
        this.states = new CampaignStates(db);
        this.versions = new CampaignVersions(db);
        this.funnel = new CampaignFunnel(db);
        this.charts = new CampaignCharts(db);
        this.transcripts = new TranscriptStore(db);
    }

    @Override
    public List<CampaignSummary> list(TenantScope scope) {
        return campaigns.campaigns().values().stream().filter(c -> scope.sees(c.tenant())).map(this::summary).toList();
    }

    @Override
    public Optional<CampaignDetail> get(TenantScope scope, String id) {
        return visible(scope, id).map(c -> new CampaignDetail(summary(c), c.source(),
                campaigns.rejectedEdit(c.key()).stream().map(ValidationError::toString).toList()));
    }

    @Override
    public Optional<CampaignSummary> control(TenantScope scope, String id, CampaignCommand command) {
        Optional<Campaign> campaign = visible(scope, id);
        if (campaign.isEmpty()) {
            return Optional.empty();
        }
        CampaignKey key = campaign.get().key();
        refuseWhenOver(key, command);
        try {
            switch (command) {
                case START, RESUME -> scheduler.resume(key);
                case PAUSE -> scheduler.pause(key);
                case CANCEL -> scheduler.cancel(key);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot " + command.name().toLowerCase(Locale.ROOT) + " campaign "
                    + key + ": " + e.getMessage(), e);
        }
        return Optional.of(summary(campaign.get()));
    }

    /** A cancelled or completed campaign is over: no command applies (docs/api.md: 409). */
    private void refuseWhenOver(CampaignKey id, CampaignCommand command) {
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
        return visible(scope, id).map(c -> Funnel.of(funnel.count(c)));
    }

    @Override
    public Optional<List<NoMatchRow>> noMatch(TenantScope scope, String id, int limit) {
        return visible(scope, id).map(c -> {
            try {
                return transcripts.noMatchReport(c.tenant(), c.id(), limit).stream()
                        .map(r -> new NoMatchRow(r.state(), r.text(), r.count())).toList();
            } catch (SQLException e) {
                throw new IllegalStateException("no-match report of " + id + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public Optional<Timeline> timeline(TenantScope scope, String id, Instant from, Instant to, boolean daily,
            ZoneId zone) {
        return visible(scope, id).map(c -> charts.timeline(c, from, to, daily, zone));
    }

    @Override
    public Optional<List<LocalHourRate>> answerRateByLocalHour(TenantScope scope, String id) {
        return visible(scope, id).map(charts::answerRateByLocalHour);
    }

    /**
     * The campaign {@code id} names for this scope: the caller's own, else the only visible tenant's that uses it.
     *
     * @throws ApiException 400 when several visible tenants other than the caller use the id
     */
    private Optional<Campaign> visible(TenantScope scope, String id) {
        List<Campaign> matches = campaigns.withId(id).stream().filter(c -> scope.sees(c.tenant())).toList();
        if (matches.size() <= 1) {
            return matches.stream().findFirst();
        }
        Optional<Campaign> own = matches.stream().filter(c -> c.tenant().equals(scope.caller().id())).findFirst();
        if (own.isPresent()) {
            return own;
        }
        throw new ApiException(400, "ambiguous_campaign", "campaign id '" + id + "' is used by tenants "
                + String.join(", ", matches.stream().map(Campaign::tenant).toList())
                + "; add ?tenant=<one of them> to choose");
    }

    private CampaignSummary summary(Campaign c) {
        String state;
        Integer number = null;
        Instant edited = null;
        try {
            state = states.get(c.key()).map(s -> s.lifecycle().code()).orElse("scheduled");
            Optional<CampaignVersions.Numbered> v = versions.find(c.tenant(), c.id(), c.version());
            if (v.isPresent()) {
                number = v.get().number();
                edited = v.get().editedAt();
            }
        } catch (SQLException e) {
            state = "unknown";
        }
        return new CampaignSummary(c.id(), c.tenant(), c.name(), c.kind().yamlName(), state, c.version(), number,
                edited, null, schedule(c.schedule()));
    }

    private static CampaignSchedule schedule(Schedule s) {
        return new CampaignSchedule(s.start(), s.end(), s.cron(), s.timezone().getId(), s.window().from().toString(),
                s.window().to().toString(), s.window().weekdays().stream().sorted()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT)).toList(),
                s.blackoutDates());
    }
}
