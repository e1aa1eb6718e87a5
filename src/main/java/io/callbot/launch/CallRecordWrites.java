package io.callbot.launch;

import io.callbot.call.CallPlan;
import io.callbot.call.CallRecord;
import io.callbot.call.CrmEvents;
import io.callbot.call.ProfileChangeStore;
import io.callbot.call.TranscriptStore;
import io.callbot.campaign.Outcome;
import io.callbot.customer.CallOutcomeUpdate;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.Tag;
import io.callbot.schedule.AttemptLedger;
import io.callbot.webhook.WebhookEndpoint;
import io.callbot.webhook.WebhookOutbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What only an answered call writes when its attempt is settled, on the settlement's connection: the transcript,
 * the profile change ({@code call_profile_change}), the profile (last outcome, tags, fields, callback) and the call's
 * CRM events ({@code call.completed} or its kin, {@code customer.updated}). Thread-safe.
 */
final class CallRecordWrites {
    private final TranscriptStore transcripts;
    private final CustomerStore customers;
    private final AttemptLedger ledger;
    private final WebhookOutbox outbox;
    private final CrmEvents events;

    CallRecordWrites(TranscriptStore transcripts, CustomerStore customers, AttemptLedger ledger, WebhookOutbox outbox,
            CrmEvents events) {
        this.transcripts = transcripts;
        this.customers = customers;
        this.ledger = ledger;
        this.outbox = outbox;
        this.events = events;
    }

    /** The transcript, the profile change and the profile; the do-not-call flag is the opt-out's to set. */
    void profileAndTranscript(Connection c, CallRecord record) throws SQLException {
        CallPlan plan = record.plan();
        transcripts.insert(c, record);
        ProfileChangeStore.insert(c, record);
        customers.recordCallOutcome(c, plan.tenant(), plan.customerId(), profileUpdate(record));
    }

    /** The call's CRM events, unless the campaign has no webhook or the outcome is not sent to the CRM. */
    void events(Connection c, CallRecord record) throws SQLException {
        CallPlan plan = record.plan();
        Outcome outcome = record.outcome() == null ? null : plan.campaign().outcomes().get(record.outcome());
        var webhook = plan.campaign().webhook();
        if (webhook == null || (outcome != null && !outcome.sendToCrm())) {
            return;
        }
        WebhookEndpoint endpoint = new WebhookEndpoint(webhook.url(), webhook.secretEnv());
        for (var event : events.callEnded(record, ledger.dialedAt(c, plan.attemptId()))) {
            outbox.enqueue(c, endpoint, event);
        }
    }

    static CallOutcomeUpdate profileUpdate(CallRecord r) {
        Map<String, Object> fields = new LinkedHashMap<>(r.setFields());
        String outcome = r.outcome() == null ? "unknown" : r.outcome();
        return new CallOutcomeUpdate(r.answeredAt(), outcome, r.callbackAt(),
                r.addTags().stream().map(Tag::parse).toList(), r.removeTags(), fields, false, null);
    }
}
