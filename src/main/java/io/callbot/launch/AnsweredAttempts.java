package io.callbot.launch;

import io.callbot.call.CallPlan;
import io.callbot.call.CallRecord;
import io.callbot.campaign.Outcome;
import io.callbot.customer.CustomerProfile;
import io.callbot.dial.ResultKind;
import io.callbot.schedule.AttemptResult;
import io.callbot.schedule.Candidate;
import io.callbot.schedule.ClaimedAttempt;
import java.time.DateTimeException;
import java.time.ZoneId;

/** An answered call as the ledger sees it: the claimed attempt it ran and the result it came to. Stateless. */
final class AnsweredAttempts {
    private AnsweredAttempts() {}

    /**
     * The attempt a call ran, its candidate rebuilt from the customer's profile (null when the profile is gone), so
     * that a record replayed after a restart plans its retry in the customer's zones too.
     */
    static ClaimedAttempt claimed(CallPlan plan, CustomerProfile profile) {
        Candidate candidate = new Candidate(plan.customerId(), plan.tenant(), profile == null ? null : profile.phone(),
                profile == null ? null : zone(profile.timezone()), profile != null && profile.doNotCall());
        return new ClaimedAttempt(plan.attemptId(), plan.campaign(), candidate, plan.attemptNo());
    }

    /** What the call came to: its result kind, outcome, whether final, opt-out, callback and state path. */
    static AttemptResult result(CallRecord record) {
        Outcome outcome = record.outcome() == null ? null : record.plan().campaign().outcomes().get(record.outcome());
        boolean isFinal = outcome != null ? outcome.isFinal() : record.doNotCall();
        ResultKind kind = record.transferFailed() ? ResultKind.TRANSFER_FAILED
                : record.voicemail() ? ResultKind.VOICEMAIL : ResultKind.ANSWERED;
        return new AttemptResult(kind, null, record.outcome(), isFinal || record.doNotCall(), record.doNotCall(),
                record.callbackAt(), String.join(">", record.statePath()));
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
