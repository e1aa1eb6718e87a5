package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import java.util.UUID;

/**
 * A ledger row in state DIALING, leased by this node: the launcher may originate it now. Immutable.
 *
 * @param id        the attempt id; use it as the AMI ChannelId and the AudioSocket UUID
 * @param campaign  the campaign version the attempt was created with
 * @param candidate who is called
 * @param attemptNo 1-based attempt number of this customer in this campaign
 */
public record ClaimedAttempt(UUID id, Campaign campaign, Candidate candidate, int attemptNo) {
}
