package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;

/** Port to the customer store: the audience of a campaign. Implementations are thread-safe. */
public interface CandidateSource {

    /**
     * The campaign's audience (its tag and attribute filters applied, scoped to {@code campaign.tenant()}),
     * in the campaign's priority order ({@link Campaign#priority()}, best first). Do-not-call customers are
     * left out, or included with their flag set. The stream is consumed on one thread and closed by the caller.
     */
    Stream<Candidate> candidates(Campaign campaign);

    /**
     * These customers as the campaign's audience holds them now, by id: the same filters as
     * {@link #candidates} (the audience's {@code limit} aside); customers no longer in it, or unknown, are absent.
     * Asked right before dialing, so an opt-out or a profile change made after the customer was queued counts.
     */
    Map<Long, Candidate> current(Campaign campaign, Collection<Long> customerIds);
}
