package io.callbot.schedule;

import java.time.ZoneId;

/**
 * One audience member as the candidate source yields it. Immutable.
 *
 * @param customerId the customer's id in the store
 * @param tenant     owning tenant
 * @param phoneE164  number to dial, E.164
 * @param timezone   the profile's timezone, or null to derive it from the phone number
 * @param doNotCall  the profile's do-not-call flag
 */
public record Candidate(long customerId, String tenant, String phoneE164, ZoneId timezone, boolean doNotCall) {
}
