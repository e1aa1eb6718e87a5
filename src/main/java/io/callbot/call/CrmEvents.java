package io.callbot.call;

import io.callbot.dialog.engine.TranscriptEntry;
import io.callbot.webhook.WebhookEvent;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

/** Builds the CRM webhook events for finished calls. Stateless apart from its collaborators; thread-safe. */
public class CrmEvents {
    private final Function<CallPlan, String> phoneOf;
    private final Function<UUID, URI> recordingLink;

    /** @param phoneOf looks up the customer's E.164 phone (masked in the event) */
    public CrmEvents(Function<CallPlan, String> phoneOf) {
        this(phoneOf, id -> null);
    }

    /** @param recordingLink where the CRM can fetch a call's recording, or null when it has none */
    public CrmEvents(Function<CallPlan, String> phoneOf, Function<UUID, URI> recordingLink) {
        this.phoneOf = phoneOf;
        this.recordingLink = recordingLink;
    }

    public WebhookEvent callCompleted(CallRecord r) {
        CallPlan p = r.plan();
        return new WebhookEvent(UUID.randomUUID(), "call.completed", r.endedAt(), p.tenant(), p.attemptId(),
                new WebhookEvent.CampaignRef(p.campaign().id(), p.campaign().version()),
                new WebhookEvent.CustomerRef(p.customerId(), p.externalId(),
                        WebhookEvent.CustomerRef.maskPhone(phoneOf.apply(p))),
                "ANSWERED", r.outcome(), r.addTags(), r.removeTags(), r.callbackAt(),
                r.transcript().stream().map(CrmEvents::line).toList(),
                WebhookEvent.Timings.of(null, r.answeredAt(), r.endedAt()), recordingLink.apply(p.attemptId()));
    }

    private static WebhookEvent.TranscriptLine line(TranscriptEntry e) {
        return new WebhookEvent.TranscriptLine(e.speaker().name().toLowerCase(java.util.Locale.ROOT), e.text());
    }
}
