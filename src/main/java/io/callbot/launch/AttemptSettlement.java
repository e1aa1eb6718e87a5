package io.callbot.launch;

import io.callbot.call.CallPlan;
import io.callbot.call.CallRecord;
import io.callbot.call.CallSettlement;
import io.callbot.call.CrmEvents;
import io.callbot.call.TranscriptStore;
import io.callbot.customer.CustomerProfile;
import io.callbot.customer.CustomerStore;
import io.callbot.schedule.AttemptEvents;
import io.callbot.schedule.AttemptLedger;
import io.callbot.schedule.AttemptResult;
import io.callbot.schedule.ClaimedAttempt;
import io.callbot.schedule.LedgerSettlement;
import io.callbot.webhook.WebhookOutbox;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place an attempt is settled, whatever its result, in one transaction: the ledger row's result with its
 * retry plan ({@link LedgerSettlement}), the customer's profile changes, the opt-out ({@link OptOuts}) and the CRM
 * webhook outbox rows; an answered call adds its transcript ({@link CallRecordWrites}). All or nothing, and once:
 * an attempt settled before is not written again. Attempts that reached nobody come from the
 * {@link AttemptLauncher}, answered calls from the call layer's outcome writer. Thread-safe; runs on the caller's
 * thread.
 */
public final class AttemptSettlement implements CallSettlement {
    private final AttemptLedger ledger;
    private final LedgerSettlement ledgerSettlement;
    private final CustomerStore customers;
    private final OptOuts optOuts;
    private final CallRecordWrites calls;

    public AttemptSettlement(AttemptLedger ledger, LedgerSettlement ledgerSettlement, CustomerStore customers,
            OptOuts optOuts, TranscriptStore transcripts, WebhookOutbox outbox, CrmEvents events) {
        this.ledger = ledger;
        this.ledgerSettlement = ledgerSettlement;
        this.customers = customers;
        this.optOuts = optOuts;
        this.calls = new CallRecordWrites(transcripts, customers, ledger, outbox, events);
    }

    /**
     * Settles an attempt that reached nobody, or could not be placed: its result and retry plan and the scheduler's
     * CRM events ({@code call.unreachable}, {@code customer.exhausted}). False when it was settled before.
     */
    public boolean settle(ClaimedAttempt attempt, AttemptResult result, Instant ended) throws SQLException {
        return ledger.inTransaction(c -> {
            Optional<AttemptEvents.SettledAttempt> settled = ledgerSettlement.finish(c, attempt, result, ended);
            if (settled.isPresent()) {
                ledgerSettlement.announce(c, settled.get());
            }
            return settled.isPresent();
        });
    }

    @Override
    public boolean settle(CallRecord record, boolean onlyIfUnsettled) throws SQLException {
        CallPlan plan = record.plan();
        CustomerProfile profile = customers.get(plan.tenant(), plan.customerId()).orElse(null);
        return ledger.inTransaction(c -> {
            Optional<AttemptEvents.SettledAttempt> settled = ledgerSettlement.finish(c,
                    AnsweredAttempts.claimed(plan, profile), AnsweredAttempts.result(record), record.endedAt());
            if (settled.isEmpty() && onlyIfUnsettled) {
                return false; // a replayed record whose attempt was written before: nothing was written now
            }
            calls.profileAndTranscript(c, record);
            if (record.doNotCall()) {
                optOuts.set(c, plan.tenant(), plan.customerId(), true, plan.optOutReason());
            }
            calls.events(c, record);
            if (settled.isPresent()) {
                ledgerSettlement.announce(c, settled.get()); // customer.exhausted, after the call's own events
            }
            return true;
        });
    }

    @Override
    public void optOutNow(CallPlan plan) throws SQLException {
        optOuts.set(plan.tenant(), plan.customerId(), true, plan.optOutReason());
    }
}
