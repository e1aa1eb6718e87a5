package io.callbot.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Port for telling the outside world (the CRM) how attempts end, on the connection that settles them in the
 * ledger, so an event commits exactly when its ledger change does. Implemented by the application wiring; called
 * on launcher completion threads and on tick / start-up threads.
 */
public interface AttemptEvents {
    AttemptEvents NONE = new AttemptEvents() {
        @Override
        public void settled(Connection c, SettledAttempt s) {
        }

        @Override
        public void unknown(Connection c, UnknownAttempt u) {
        }
    };

    /** An attempt's launcher reported its result and its retry plan is made. */
    void settled(Connection c, SettledAttempt settled) throws SQLException;

    /** Reconciliation settled an attempt nobody saw end (a crashed node's) as UNKNOWN. */
    void unknown(Connection c, UnknownAttempt unknown) throws SQLException;

    /**
     * @param dialedAt  when the Originate went out, null if it never did
     * @param callsMade calls made to the customer in this campaign, this one included
     */
    record SettledAttempt(ClaimedAttempt attempt, AttemptResult result, RetryDecision next, Instant dialedAt,
            Instant endedAt, int callsMade) {

        /** True when the campaign stops calling the customer without a final outcome or an opt-out. */
        public boolean exhausted() {
            return !result.isFinal() && !result.doNotCall() && !next.retries() && next.stopReason() != null
                    && switch (next.stopReason()) {
                        case MAX_ATTEMPTS, NOT_RETRYABLE, OUTSIDE_DATES -> true;
                        default -> false;
                    };
        }
    }

    /** A ledger row reconciliation turned UNKNOWN. */
    record UnknownAttempt(UUID id, String tenant, String campaignId, String campaignVersion, long customerId,
            int attemptNo, Instant dialedAt, Instant answeredAt, Instant settledAt) {
    }
}
