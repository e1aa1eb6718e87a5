package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import java.util.List;
import java.util.stream.Stream;

/** A candidate source over a fixed list, already in priority order. Thread-safe (immutable). */
record InMemoryCandidates(List<Candidate> candidates) implements CandidateSource {
    @Override
    public Stream<Candidate> candidates(Campaign campaign) {
        return candidates.stream().filter(c -> c.tenant().equals(campaign.tenant()));
    }
}
