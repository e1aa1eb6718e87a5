package io.callbot.call;

import io.callbot.campaign.Outcome;
import io.callbot.customer.CallOutcomeUpdate;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.Tag;
import io.callbot.webhook.WebhookEndpoint;
import io.callbot.webhook.WebhookOutbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Settles an answered call's attempt once, in one transaction: the ledger result and the retry plan, the transcript,
 * the profile change, the customer's profile (tags, fields, last outcome, callback), the opt-out and the CRM webhook
 * outbox rows: all or nothing. An opt-out is applied here and only here ({@link #optOutNow} for one said mid-call).
 * Thread-safe; runs on the caller's thread (the outcome writer's).
 */
public final class AttemptSettlement {
    private final DataSource dataSource;
    private final AttemptFinisher ledger;
    private final TranscriptStore transcripts;
    private final CustomerStore customers;
    private final WebhookOutbox outbox;
    private final CrmEvents events;
    private final Clock clock;

    public AttemptSettlement(DataSource dataSource, AttemptFinisher ledger, TranscriptStore transcripts,
            CustomerStore customers, WebhookOutbox outbox, CrmEvents events, Clock clock) {
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.transcripts = transcripts;
        this.customers = customers;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Writes the record in one transaction. With {@code onlyIfUnsettled} (a replayed record), nothing is written when
     * its attempt was settled before, and the result is false.
     */
    boolean settle(CallRecord record, boolean onlyIfUnsettled) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Optional<AttemptFinisher.Settled> settled = ledger.finish(c, record);
                if (settled.isEmpty() && onlyIfUnsettled) {
                    c.rollback();
                    return false;
                }
                CallPlan plan = record.plan();
                transcripts.insert(c, record);
                ProfileChangeStore.insert(c, record);
                customers.recordCallOutcome(c, plan.tenant(), plan.customerId(), profileUpdate(record));
                if (record.doNotCall()) {
                    optOut(c, plan);
                }
                Outcome outcome = record.outcome() == null ? null : plan.campaign().outcomes().get(record.outcome());
                var webhook = plan.campaign().webhook();
                if (webhook != null && (outcome == null || outcome.sendToCrm())) {
                    WebhookEndpoint endpoint = new WebhookEndpoint(webhook.url(), webhook.secretEnv());
                    for (var event : events.callEnded(record, ledger.dialedAt(c, plan.attemptId()))) {
                        outbox.enqueue(c, endpoint, event);
                    }
                }
                settled.orElse(AttemptFinisher.Settled.NOTHING).announce(c);
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** An opt-out said mid-call, applied at once in its own transaction (the call's record applies it again). */
    void optOutNow(CallPlan plan) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                optOut(c, plan);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The one place an opt-out is applied: the profile's do-not-call and the ledger's opt-out, together. */
    private void optOut(Connection c, CallPlan plan) throws SQLException {
        customers.setDoNotCall(c, plan.tenant(), plan.customerId(), true, optOutReason(plan));
        ledger.optOut(c, plan.tenant(), plan.customerId(), clock.instant());
    }

    /** The profile's changes; the do-not-call flag is set by {@link #optOut}. */
    static CallOutcomeUpdate profileUpdate(CallRecord r) {
        Map<String, Object> fields = new LinkedHashMap<>(r.setFields());
        String outcome = r.outcome() == null ? "unknown" : r.outcome();
        return new CallOutcomeUpdate(r.answeredAt(), outcome, r.callbackAt(),
                r.addTags().stream().map(Tag::parse).toList(), r.removeTags(), fields, false, null);
    }

    /** The do-not-call reason stored (and sent to the CRM) when a customer opts out on a call. */
    static String optOutReason(CallPlan plan) {
        return "opted out on call " + plan.attemptId();
    }
}
