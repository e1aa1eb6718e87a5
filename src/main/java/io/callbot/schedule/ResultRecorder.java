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
 * Settles an attempt the launcher reports over (one that reached nobody, or could not be placed) through the
 * {@link LedgerSettlement}, in one transaction with its CRM events. An attempt the call layer settled itself (an
 * answered call, in its outcome transaction) comes back without a result and is not written again. Runs on the
 * launcher's completion thread; catches everything, as a thread boundary must.
 */
final class ResultRecorder {
    private static final Logger log = LoggerFactory.getLogger(ResultRecorder.class);

    private final AttemptLedger ledger;
    private final LedgerSettlement settlement;
    private final Clock clock;

    ResultRecorder(AttemptLedger ledger, LedgerSettlement settlement, Clock clock) {
        this.ledger = ledger;
        this.settlement = settlement;
        this.clock = clock;
    }

    void record(ClaimedAttempt attempt, List<ZoneId> zones, AttemptResult result, Throwable error) {
        if (error == null && result == null) {
            return; // settled where the call ended
        }
        MDC.put("campaign", attempt.campaign().id());
        MDC.put("call", attempt.id().toString());
        try {
            AttemptResult r = result;
            if (error != null) {
                log.warn("attempt {} could not be placed: {}", attempt.id(), error.toString());
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
        // the ledger change and the CRM events it causes commit together
        ledger.inTransaction(c -> {
            var settled = settlement.finish(c, attempt, zones, r, ended);
            if (settled.isPresent()) {
                settlement.announce(c, settled.get());
            }
            return null;
        });
    }
}
