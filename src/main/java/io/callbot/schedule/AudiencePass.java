package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One pass over a campaign's whole audience, in priority order: each customer's zones and what the ledger says
 * (done for good, due again from a time, due) go into a new {@link AudienceSnapshot}. This is the only place the
 * whole audience is read: a campaign's first tick on a node, an edit of its audience or order, and a periodic
 * refresh in the background. Reads the campaign's attempts and the tenant's recent calls once, not per customer.
 * Thread-safe (each pass has its own rules and facts).
 */
final class AudiencePass {
    private final AttemptLedger ledger;
    private final CandidateSource source;
    private final TickSettings settings;
    private final CustomerZones zones;

    AudiencePass(AttemptLedger ledger, CandidateSource source, TickSettings settings, CustomerZones zones) {
        this.ledger = ledger;
        this.source = source;
        this.settings = settings;
        this.zones = zones;
    }

    DialHopper run(Campaign campaign, Instant now) throws SQLException {
        long started = System.nanoTime();
        CandidateRules rules = CampaignTick.rules(campaign, settings);
        CustomerFacts facts = CustomerFacts.of(ledger.historyOf(campaign.key()),
                ledger.recentCalls(campaign.tenant(), now.minus(FrequencyCaps.LOOKBACK)),
                ledger.optedOut(campaign.tenant()));
        AudienceSnapshot snapshot = new AudienceSnapshot(now);
        Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        ZoneId campaignZone = campaign.schedule().timezone();
        try (Stream<Candidate> candidates = source.candidates(campaign)) {
            candidates.forEach(c -> {
                long id = c.customerId();
                List<ZoneId> customerZones = zones.zonesOf(c, campaignZone);
                Eligibility e = rules.eligibility(c, facts.optedOut(id), facts.history(id), facts.recentCalls(id),
                        customerZones, now);
                snapshot.add(id, customerZones, e);
                if (!e.due()) {
                    skipped.merge(e.reason(), 1, Integer::sum);
                }
            });
        }
        return new DialHopper(campaign, snapshot, now, Duration.ofNanos(System.nanoTime() - started), skipped);
    }
}
