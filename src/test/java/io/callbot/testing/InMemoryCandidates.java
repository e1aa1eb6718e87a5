package io.callbot.testing;

import io.callbot.campaign.Campaign;
import io.callbot.schedule.Candidate;
import io.callbot.schedule.CandidateSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A candidate source over a list, already in priority order, that a test may change (a customer opts out, leaves
 * the audience) between ticks. Thread-safe.
 */
public final class InMemoryCandidates implements CandidateSource {
    private final List<Candidate> candidates;
    private volatile int passes;

    public InMemoryCandidates(List<Candidate> candidates) {
        this.candidates = new CopyOnWriteArrayList<>(candidates);
    }

    /** How many times the whole audience was read. */
    public int passes() {
        return passes;
    }

    @Override
    public Stream<Candidate> candidates(Campaign campaign) {
        passes++;
        return candidates.stream().filter(c -> c.tenant().equals(campaign.tenant()));
    }

    @Override
    public Map<Long, Candidate> current(Campaign campaign, Collection<Long> customerIds) {
        Set<Long> wanted = Set.copyOf(customerIds);
        return candidates.stream().filter(c -> c.tenant().equals(campaign.tenant()) && wanted.contains(c.customerId()))
                .collect(Collectors.toMap(Candidate::customerId, Function.identity(), (a, b) -> a));
    }

    /** Replaces a customer's profile (e.g. flags do-not-call). */
    public void replace(Candidate changed) {
        candidates.replaceAll(c -> c.customerId() == changed.customerId() ? changed : c);
    }

    public void remove(long customerId) {
        candidates.removeIf(c -> c.customerId() == customerId);
    }

    public void add(Candidate c) {
        candidates.add(c);
    }
}
