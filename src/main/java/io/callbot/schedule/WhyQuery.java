package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import io.callbot.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Answers "why is (or isn't) this customer called by this campaign now?" rule by rule, worked out on demand from
 * the campaign as loaded, the customer store's verdict on the audience rules (given by the caller) and the ledger,
 * with the same rules the ticks apply: nothing is recorded per customer per tick. Thread-safe; read-only.
 */
public final class WhyQuery {
    private final DataSource dataSource;
    private final LedgerBatch ledger;
    private final CampaignStates states;
    private final TickSettings settings;
    private final Clock clock;
    private final CustomerZones zones = new CustomerZones();

    public WhyQuery(DataSource dataSource, TickSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.ledger = new LedgerBatch(dataSource);
        this.states = new CampaignStates(dataSource);
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param campaign the campaign as loaded now, or null when no campaign file defines it (its state and ledger are
     *                 still explained)
     * @param customer the customer as the store holds it (its id is the one the ledger uses)
     * @param audience what the customer store says about the audience rules the profile fails (tags, attributes,
     *                 do-not-call, consent); empty when it is in the audience
     */
    public WhyAnswer explain(String tenant, String campaignId, Campaign campaign, Candidate customer,
            List<WhyReason> audience) throws SQLException {
        Instant now = clock.instant();
        Explanation e = new Explanation();
        campaignState(tenant, campaignId, campaign, e);
        audience.forEach(r -> e.never(r));
        optOut(tenant, customer.customerId(), e);
        long id = customer.customerId();
        CustomerFacts facts = ledger.facts(tenant, campaignId, List.of(id), now.minus(FrequencyCaps.LOOKBACK));
        if (campaign != null) {
            rules(campaign, customer, facts, now, e);
        }
        boolean due = e.reasons.isEmpty();
        return new WhyAnswer(now, due, e.reasons, due || e.forever ? null : e.latest, attempts(tenant, campaignId, id));
    }

    /** Reasons found so far and when the time-bound ones lapse. */
    private static final class Explanation {
        final List<WhyReason> reasons = new ArrayList<>();
        boolean forever;
        Instant latest;

        void never(WhyReason r) {
            reasons.add(r);
            forever = true;
        }

        void until(WhyReason r, Instant at) {
            reasons.add(r);
            if (at == null) {
                forever = true;
            } else if (latest == null || at.isAfter(latest)) {
                latest = at;
            }
        }
    }

    private void campaignState(String tenant, String campaignId, Campaign campaign, Explanation e)
            throws SQLException {
        Optional<CampaignStates.State> state = states.get(new io.callbot.campaign.CampaignKey(tenant, campaignId));
        if (campaign == null) {
            e.never(state.isEmpty()
                    ? new WhyReason("CAMPAIGN_UNKNOWN", "no campaign " + campaignId + " for tenant " + tenant
                            + ": no file in campaigns.dir defines it and it has never run")
                    : new WhyReason("CAMPAIGN_NOT_LOADED", "campaign " + campaignId + " of tenant " + tenant
                            + " is not defined by any file in campaigns.dir any more (it was "
                            + state.get().lifecycle().code() + "); its audience, window and retry rules cannot be"
                            + " checked"));
            return;
        }
        if (state.isPresent() && !state.get().lifecycle().mayCall()) {
            CampaignLifecycle l = state.get().lifecycle();
            e.never(new WhyReason("CAMPAIGN_" + l.name(), "the campaign is " + l.code() + " (since "
                    + state.get().updatedAt() + ")" + (l == CampaignLifecycle.PAUSED ? ": resume it to call again"
                    : ": it calls nobody any more")));
        }
    }

    private void optOut(String tenant, long customerId, Explanation e) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT opted_out_at FROM schedule_opt_out WHERE tenant = ? AND customer_id = ?")) {
            ps.setString(1, tenant);
            ps.setLong(2, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    e.never(WhyReason.of(SkipReason.DO_NOT_CALL, "do-not-call: the customer asked not to be called"
                            + " again on a call at " + Sql.getInstant(rs, "opted_out_at")
                            + "; no campaign of the tenant calls them"));
                }
            }
        }
    }

    private void rules(Campaign campaign, Candidate customer, CustomerFacts facts, Instant now, Explanation e) {
        CandidateRules rules = CampaignTick.rules(campaign, settings);
        List<ZoneId> customerZones = zones.zonesOf(customer, campaign.schedule().timezone());
        long id = customer.customerId();
        CustomerHistory h = facts.history(id);
        Eligibility history = rules.history(h, customerZones, now);
        if (!history.due() && !(history.reason() == SkipReason.DO_NOT_CALL && facts.optedOut(id))) {
            PastAttempt last = h.lastCall();
            Instant next = last == null ? null : rules.nextAttemptAt(h, last, customerZones);
            WhyReason r = WhyReason.of(history.reason(),
                    WhySentences.history(history.reason(), h, rules, customerZones, next));
            if (history.never()) {
                e.never(r);
            } else {
                e.until(r, history.reason() == SkipReason.IN_PROGRESS ? null : history.notBefore());
            }
        }
        SkipReason closed = rules.windowClosed(customerZones, now);
        if (closed != null) {
            Instant open = rules.window().nextOpen(now, customerZones).orElse(null);
            e.until(WhyReason.of(closed, WhySentences.window(closed, campaign.schedule(), settings.quiet(),
                    customerZones, now, open)), open);
        }
        long[] calls = facts.recentCalls(id);
        Eligibility gap = rules.gap(calls, now);
        if (!gap.due()) {
            e.until(WhyReason.of(SkipReason.MIN_GAP, WhySentences.gap(calls, rules.policy().minGap(),
                    gap.notBefore())), gap.notBefore());
        }
        Eligibility caps = rules.caps(calls, customerZones, now);
        if (!caps.due()) {
            e.until(WhyReason.of(SkipReason.FREQUENCY_CAP, WhySentences.caps(rules.caps(), calls, customerZones, now,
                    caps.notBefore())), caps.notBefore());
        }
    }

    private List<String> attempts(String tenant, String campaignId, long customerId) throws SQLException {
        String sql = "SELECT * FROM call_attempt WHERE tenant = ? AND campaign_id = ? AND customer_id = ?"
                + " ORDER BY attempt_no";
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            ps.setString(2, campaignId);
            ps.setLong(3, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(describe(rs));
                }
            }
        }
        return lines;
    }

    private static String describe(ResultSet rs) throws SQLException {
        StringBuilder sb = new StringBuilder("attempt ").append(rs.getInt("attempt_no")).append(": ")
                .append(rs.getString("state"));
        append(sb, " result ", rs.getString("result"));
        append(sb, " (Q.850 cause ", rs.getObject("q850_cause"), ")");
        append(sb, " outcome ", rs.getString("outcome"));
        if (rs.getBoolean("is_final")) {
            sb.append(" [final]");
        }
        append(sb, ", created ", Sql.getInstant(rs, "created_at"));
        append(sb, ", ended ", Sql.getInstant(rs, "ended_at"));
        append(sb, ", node ", rs.getString("node_id"));
        append(sb, "; next attempt not before ", Sql.getInstant(rs, "next_retry_at"));
        append(sb, "; no further attempt: ", rs.getString("stop_reason"));
        append(sb, "; dialog ", rs.getString("state_path"));
        return sb.toString();
    }

    private static void append(StringBuilder sb, String label, Object value) {
        append(sb, label, value, "");
    }

    private static void append(StringBuilder sb, String label, Object value, String suffix) {
        if (value != null) {
            sb.append(label).append(value).append(suffix);
        }
    }
}
