package io.callbot.schedule;

import io.callbot.dial.ResultKind;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Settles an attempt when its call is over: plans the retry, finishes the ledger row (or only stores the plan
 * when the call layer already finished it in its own transaction), and applies an opt-out to every campaign
 * of the tenant. Runs on the launcher's completion thread; catches everything, as a thread boundary must.
 */
final class ResultRecorder {
    private static final Logger log = LoggerFactory.getLogger(ResultRecorder.class);

    private final AttemptLedger ledger;
    private final RetryPlanner planner;
    private final Clock clock;
    private final AttemptEvents events;

    ResultRecorder(AttemptLedger ledger, RetryPlanner planner, Clock clock, AttemptEvents events) {
        this.ledger = ledger;
        this.planner = planner;
        this.clock = clock;
        this.events = events;
    }

    void record(ClaimedAttempt attempt, List<ZoneId> zones, AttemptResult result, Throwable error) {
        MDC.put("campaign", attempt.campaign().id());
        MDC.put("call", attempt.id().toString());
        try {
            AttemptResult r = result;
            if (error != null || r == null) {
                log.warn("attempt {} could not be placed: {}", attempt.id(), error == null ? "no result" : error.toString());
                r = AttemptResult.dialing(ResultKind.FAILED, null);
            }
            settle(attempt, zones, r);
        } catch (SQLException | RuntimeException e) {
            log.error("attempt {} result could not be recorded; reconciliation will settle it", attempt.id(), e);
        } finally {
            MDC.remove("call");
            MDC.remove("campaign");
        }
    }

    private void settle(ClaimedAttempt attempt, List<ZoneId> zones, AttemptResult r) throws SQLException {
        Instant ended = clock.instant();
        String customer = attempt.candidate().customerId();
        CustomerHistory history = ledger.historyOf(attempt.campaign().key(), customer)
                .with(new PastAttempt(attempt.attemptNo(), AttemptState.FINISHED, r.kind(), r.isFinal(), null,
                        ended, ended, null));
        RetryDecision next = planner.plan(history, r, ended, zones);
        // the ledger change and the CRM events it causes commit together
        ledger.inTransaction(c -> {
            if (r.doNotCall()) {
                ledger.optOut(c, attempt.candidate().tenant(), customer, ended);
            }
            if (!ledger.finish(c, attempt.id(), r, ended, next)) {
                ledger.planNext(c, attempt.id(), next);
            }
            events.settled(c, new AttemptEvents.SettledAttempt(attempt, r, next, ledger.dialedAt(c, attempt.id()),
                    ended, history.callsMade()));
            return null;
        });
        log.info("attempt {} customer={} attempt_no={} result={} outcome={} next={}", attempt.id(), customer,
                attempt.attemptNo(), r.kind(), r.outcome(),
                next.retries() ? next.nextAttemptAt() : next.stopReason().code());
    }
}
