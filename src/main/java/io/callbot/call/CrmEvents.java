package io.callbot.call;

import io.callbot.campaign.Campaign;
import io.callbot.dialog.engine.TranscriptEntry;
import io.callbot.webhook.AnsweredCall;
import io.callbot.webhook.CustomerExhausted;
import io.callbot.webhook.EventType;
import io.callbot.webhook.ProfileChange;
import io.callbot.webhook.UnknownCall;
import io.callbot.webhook.UnreachableCall;
import io.callbot.webhook.WebhookEvent;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builds the CRM events (contract v1, docs/webhooks.md) for what happens to a call attempt and to the customer's
 * profile. Stateless apart from its collaborators; thread-safe.
 */
public class CrmEvents {
    private final BiFunction<String, Long, String> phoneOf;
    private final Function<UUID, URI> recordingLink;

    /** @param phoneOf the customer's E.164 phone by (tenant, customer id), masked in the events */
    public CrmEvents(BiFunction<String, Long, String> phoneOf) {
        this(phoneOf, id -> null);
    }

    /** @param recordingLink where the CRM can fetch a call's recording, or null when it has none */
    public CrmEvents(BiFunction<String, Long, String> phoneOf, Function<UUID, URI> recordingLink) {
        this.phoneOf = phoneOf;
        this.recordingLink = recordingLink;
    }

    /**
     * The events of an answered call: the call event ({@code call.completed}, {@code call.voicemail} or
     * {@code call.transfer_failed}), then {@code customer.updated} when its outcome changed the profile.
     *
     * @param dialedAt when the Originate went out (from the ledger), null if unknown
     */
    public List<WebhookEvent> callEnded(CallRecord r, Instant dialedAt) {
        List<WebhookEvent> events = new ArrayList<>(2);
        events.add(callCompleted(r, dialedAt));
        ProfileChange change = new ProfileChange(ProfileChange.SOURCE_CALL, r.addTags(), r.removeTags(),
                r.setFields(), r.doNotCall() ? new ProfileChange.DoNotCall(true, r.plan().optOutReason())
                        : null);
        if (!change.isEmpty()) {
            events.add(event(EventType.CUSTOMER_UPDATED, r.endedAt(), r.plan(), change));
        }
        return events;
    }

    /** The call event alone (see {@link #callEnded}). */
    public WebhookEvent callCompleted(CallRecord r, Instant dialedAt) {
        CallPlan p = r.plan();
        boolean voicemail = r.voicemail();
        EventType type = voicemail ? EventType.CALL_VOICEMAIL
                : SystemOutcomes.isTransferFailure(r.endReason(), r.outcome()) ? EventType.CALL_TRANSFER_FAILED
                : EventType.CALL_COMPLETED;
        AnsweredCall body = new AnsweredCall(voicemail ? "VOICEMAIL" : "ANSWERED", r.outcome(),
                r.outcome() != null && p.campaign().outcomes().containsKey(r.outcome()) ? AnsweredCall.OUTCOME_CAMPAIGN
                        : AnsweredCall.OUTCOME_SYSTEM,
                r.addTags(), r.removeTags(), r.setFields(), r.doNotCall(), r.callbackAt(),
                r.transcript().stream().map(CrmEvents::line).toList(),
                WebhookEvent.Timings.of(dialedAt, r.answeredAt(), r.endedAt()), recordingLink.apply(p.attemptId()),
                r.transfer() == null ? null
                        : new AnsweredCall.Transfer(r.transfer().target(), r.transfer().reached(), r.transfer().cause()));
        return event(type, r.endedAt(), p, body);
    }

    /** A {@code call.unreachable} event: the attempt reached nobody. */
    public WebhookEvent unreachable(Attempt a, UnreachableCall body, Instant endedAt) {
        return event(EventType.CALL_UNREACHABLE, endedAt, a, body);
    }

    /** A {@code call.unknown} event: reconciliation settled an attempt nobody saw end. */
    public WebhookEvent unknown(Attempt a, UnknownCall body, Instant settledAt) {
        return event(EventType.CALL_UNKNOWN, settledAt, a, body);
    }

    /** A {@code customer.exhausted} event: the campaign gave up on the customer without a final outcome. */
    public WebhookEvent exhausted(Attempt a, CustomerExhausted body, Instant at) {
        return event(EventType.CUSTOMER_EXHAUSTED, at, a, body);
    }

    /** A {@code customer.updated} event for a change made outside any call (the API). */
    public WebhookEvent profileChanged(String tenant, long customerId, String externalId, ProfileChange change,
            Instant at) {
        return new WebhookEvent(UUID.randomUUID(), EventType.CUSTOMER_UPDATED.wireName(), at, tenant, null, null,
                customer(tenant, customerId, externalId), change);
    }

    /** Who and what an attempt event is about, for attempts that never reached a dialog. */
    public record Attempt(UUID attemptId, String tenant, String campaignId, String campaignVersion, long customerId,
            String externalId) {
        public static Attempt of(UUID attemptId, Campaign campaign, long customerId, String externalId) {
            return new Attempt(attemptId, campaign.tenant(), campaign.id(), campaign.version(), customerId, externalId);
        }
    }

    private WebhookEvent event(EventType type, Instant at, CallPlan p, io.callbot.webhook.EventBody body) {
        return event(type, at, Attempt.of(p.attemptId(), p.campaign(), p.customerId(), p.externalId()), body);
    }

    private WebhookEvent event(EventType type, Instant at, Attempt a, io.callbot.webhook.EventBody body) {
        return new WebhookEvent(UUID.randomUUID(), type.wireName(), at, a.tenant(), a.attemptId(),
                WebhookEvent.CampaignRef.of(a.campaignId(), a.campaignVersion()),
                customer(a.tenant(), a.customerId(), a.externalId()), body);
    }

    /** The event's customer: the contract carries the id as a string (docs/events/v1/common.schema.json). */
    private WebhookEvent.CustomerRef customer(String tenant, long customerId, String externalId) {
        return new WebhookEvent.CustomerRef(Long.toString(customerId), externalId,
                WebhookEvent.CustomerRef.maskPhone(phoneOf.apply(tenant, customerId)));
    }

    private static WebhookEvent.TranscriptLine line(TranscriptEntry e) {
        return new WebhookEvent.TranscriptLine(e.speaker() == TranscriptEntry.Speaker.ROBOT
                ? WebhookEvent.TranscriptLine.BOT : WebhookEvent.TranscriptLine.CUSTOMER, e.text());
    }
}
