package io.callbot.launch;

import io.callbot.campaign.Campaign;
import io.callbot.customer.AudienceMember;
import io.callbot.customer.AudienceQuery;
import io.callbot.schedule.Candidate;
import io.callbot.schedule.CandidateSource;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The scheduler's candidates for a campaign: its audience from the customer store, in priority order. Thread-safe. */
public final class AudienceCandidates implements CandidateSource {
    private final AudienceQuery query;

    public AudienceCandidates(AudienceQuery query) {
        this.query = query;
    }

    @Override
    public Stream<Candidate> candidates(Campaign campaign) {
        return query.streamContacts(campaign.tenant(), campaign.audience(), AudienceQuery.Options.forCampaign(campaign))
                .map(m -> candidate(campaign, m));
    }

    @Override
    public Map<Long, Candidate> current(Campaign campaign, Collection<Long> customerIds) {
        List<Long> ids = List.copyOf(customerIds);
        Map<Long, Candidate> current = new HashMap<>();
        for (AudienceMember m : query.members(campaign.tenant(), campaign.audience(), AudienceQuery.Options.forCampaign(campaign), ids)) {
            Candidate c = candidate(campaign, m);
            current.put(c.customerId(), c);
        }
        return current;
    }

    private static Candidate candidate(Campaign campaign, AudienceMember m) {
        return new Candidate(m.id(), campaign.tenant(), m.phone(), zone(m), false);
    }

    private static ZoneId zone(AudienceMember m) {
        try {
            return m.timezone() == null ? null : ZoneId.of(m.timezone());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
