package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import java.util.stream.Stream;

/**
 * Port to the customer store: the audience of a campaign. Implementations are thread-safe; the returned
 * stream is consumed on the tick's thread and closed by the caller.
 */
public interface CandidateSource {

    /**
     * The campaign's audience (its tag and attribute filters applied, scoped to {@code campaign.tenant()}),
     * in the campaign's priority order ({@link Campaign#priority()}, best first), do-not-call customers included
     * with their flag set so the skip log can say so.
     */
    Stream<Candidate> candidates(Campaign campaign);
}
