package io.callbot.launch;

import io.callbot.call.CrmEvents;
import io.callbot.campaign.Campaign;
import io.callbot.customer.CustomerProfile;
import io.callbot.customer.CustomerStore;
import io.callbot.schedule.AttemptEvents;
import io.callbot.schedule.AttemptResult;
import io.callbot.dial.ResultKind;
import io.callbot.webhook.CustomerExhausted;
import io.callbot.webhook.UnknownCall;
import io.callbot.webhook.UnreachableCall;
import io.callbot.webhook.WebhookEndpoint;
import io.callbot.webhook.WebhookEvent;
import io.callbot.webhook.WebhookOutbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The scheduler's attempt ends as CRM events: {@code call.unreachable} for attempts that reached nobody,
 * {@code call.unknown} for attempts reconciliation settled, {@code customer.exhausted} when the campaign gives up on
 * a customer. Answered calls are reported by the call layer (OutcomeWriter), which knows the dialog. Events go to the
 * campaign's webhook, in the transaction that settles the ledger row. Thread-safe.
 */
public final class CrmAttemptEvents implements AttemptEvents {
    private final CrmEvents events;
    private final WebhookOutbox outbox;
    private final CustomerStore customers;
    /** The campaign in force by (tenant, id), for rows whose campaign object is not at hand (reconciliation). */
    private final BiFunction<String, String, Optional<Campaign>> campaigns;

    public CrmAttemptEvents(CrmEvents events, WebhookOutbox outbox, CustomerStore customers,
            BiFunction<String, String, Optional<Campaign>> campaigns) {
        this.events = events;
        this.outbox = outbox;
        this.customers = customers;
        this.campaigns = campaigns;
    }

    @Override
    public void settled(Connection c, SettledAttempt s) throws SQLException {
        Campaign campaign = s.attempt().campaign();
        if (campaign.webhook() == null) {
            return;
        }
        long customerId = s.attempt().candidate().customerId();
        CrmEvents.Attempt who = CrmEvents.Attempt.of(s.attempt().id(), campaign, customerId,
                externalId(campaign.tenant(), customerId));
        AttemptResult r = s.result();
        WebhookEndpoint endpoint = endpoint(campaign);
        if (r.kind() == ResultKind.UNKNOWN) {
            outbox.enqueue(c, endpoint, events.unknown(who, new UnknownCall("UNKNOWN",
                    "the PBX link was lost before the call's end was known", s.attempt().attemptNo(),
                    WebhookEvent.Timings.of(s.dialedAt(), null, s.endedAt())), s.endedAt()));
        } else if (r.kind() != ResultKind.ANSWERED && r.kind() != ResultKind.VOICEMAIL
                && r.kind() != ResultKind.TRANSFER_FAILED) {
            // answered calls, a failed transfer included, are reported by the call layer
            outbox.enqueue(c, endpoint, events.unreachable(who, new UnreachableCall(r.kind().name(),
                    Unreachable.describe(r.kind(), r.q850Cause()), r.q850Cause(), s.attempt().attemptNo(),
                    WebhookEvent.Timings.of(s.dialedAt(), null, s.endedAt()), s.next().nextAttemptAt()), s.endedAt()));
        }
        if (s.exhausted()) {
            outbox.enqueue(c, endpoint, events.exhausted(who, new CustomerExhausted(s.next().stopReason().code(),
                    Unreachable.describe(s.next().stopReason()), s.callsMade(), r.kind().name()), s.endedAt()));
        }
    }

    @Override
    public void unknown(Connection c, UnknownAttempt u) throws SQLException {
        Optional<Campaign> campaign = campaigns.apply(u.tenant(), u.campaignId());
        if (campaign.isEmpty() || campaign.get().webhook() == null) {
            return;
        }
        CrmEvents.Attempt who = new CrmEvents.Attempt(u.id(), u.tenant(), u.campaignId(), u.campaignVersion(),
                u.customerId(), externalId(u.tenant(), u.customerId()));
        outbox.enqueue(c, endpoint(campaign.get()), events.unknown(who, new UnknownCall("UNKNOWN",
                u.answeredAt() != null ? "the server stopped during the call; its end was not recorded"
                        : "the server stopped after dialing; whether the phone rang is not known",
                u.attemptNo(), WebhookEvent.Timings.of(u.dialedAt(), u.answeredAt(), u.settledAt())), u.settledAt()));
    }

    private String externalId(String tenant, long customerId) {
        return customers.get(tenant, customerId).map(CustomerProfile::externalId).orElse(null);
    }

    private static WebhookEndpoint endpoint(Campaign campaign) {
        return new WebhookEndpoint(campaign.webhook().url(), campaign.webhook().secretEnv());
    }
}
