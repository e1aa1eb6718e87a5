package io.callbot.webhook;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One event sent to a CRM: the envelope every event type shares (event id, contract version, type, time, tenant,
 * attempt, campaign, customer) and the type's own fields in {@link EventBody}. The JSON is flat: the body's fields
 * follow the envelope's (see {@link WebhookJson}; the contract is {@code docs/events/v1/*.schema.json}). Immutable;
 * safe to share between threads.
 *
 * @param eventId    unique per event; also the idempotency key receivers dedupe on
 * @param type       the event type (see {@link EventType}); decides which body it carries
 * @param occurredAt when the thing happened (not when it was sent)
 * @param attemptId  the call attempt (ledger row) this event reports, null for a change made through the API
 * @param campaign   the campaign version that made the call, null for a change made through the API
 */
public record WebhookEvent(UUID eventId, String type, Instant occurredAt, String tenant, UUID attemptId,
        CampaignRef campaign, CustomerRef customer, EventBody body) {

    /** The major version of the event contract; see docs/webhooks.md, "Compatibility". */
    public static final int EVENT_VERSION = 1;
    public static final int MAX_TRANSCRIPT_LINES = 50;
    public static final int MAX_LINE_CHARS = 1000;

    public WebhookEvent {
        Objects.requireNonNull(eventId, "webhook event_id must be set");
        requireText(type, "type");
        Objects.requireNonNull(occurredAt, "webhook event occurred_at must be set");
        requireText(tenant, "tenant");
        Objects.requireNonNull(customer, "webhook event customer must be set");
        Objects.requireNonNull(body, "webhook event body must be set");
        EventType known = EventType.ofName(type).orElse(null);
        if (known != null && !known.bodyType().isInstance(body)) {
            throw new IllegalArgumentException("webhook event " + type + " carries a " + known.bodyType().getSimpleName()
                    + ", not a " + body.getClass().getSimpleName());
        }
    }

    /** A {@code call.completed} event with the answered-call fields of the first contract draft (no profile fields). */
    public WebhookEvent(UUID eventId, String type, Instant occurredAt, String tenant, UUID attemptId,
            CampaignRef campaign, CustomerRef customer, String result, String outcome, List<String> tagsAdded,
            List<String> tagsRemoved, Instant callbackAt, List<TranscriptLine> transcript, Timings timings,
            URI recordingUrl) {
        this(eventId, type, occurredAt, tenant, attemptId, campaign, customer, new AnsweredCall(result, outcome,
                AnsweredCall.OUTCOME_CAMPAIGN, tagsAdded, tagsRemoved, Map.of(), false, callbackAt, transcript,
                timings, recordingUrl));
    }

    /** The dialog's outcome, when the event reports an answered call; else null. */
    public String outcome() {
        return body instanceof AnsweredCall a ? a.outcome() : null;
    }

    /** The telephony result ({@code ANSWERED}, {@code BUSY}, ...), when the event reports a call; else null. */
    public String result() {
        return body.result();
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("webhook event " + field + " must not be empty");
        }
    }

    /** The campaign and the exact version ({@code sha256:} + the file's SHA-256 hex) that made the call. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CampaignRef(String id, String version) {
        /** The reference for a campaign whose version is the bare SHA-256 hex of its file. */
        public static CampaignRef of(String id, String sha256Hex) {
            return new CampaignRef(id, sha256Hex == null || sha256Hex.startsWith("sha256:") ? sha256Hex
                    : "sha256:" + sha256Hex);
        }
    }

    /**
     * Who was called.
     *
     * @param id callbot's customer key (events are delivered in order per customer key)
     * @param externalId the CRM's own id for this customer, as imported
     * @param phoneMasked the number with its middle digits hidden, see {@link #maskPhone(String)}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CustomerRef(String id, String externalId, String phoneMasked) {
        public CustomerRef {
            requireText(id, "customer.id");
        }

        /** {@code +15551234567} becomes {@code +15*******67}: enough to recognise, not enough to dial. */
        public static String maskPhone(String phone) {
            if (phone == null) {
                return null;
            }
            int keepStart = phone.startsWith("+") ? 3 : 2;
            if (phone.length() <= keepStart + 2) {
                return "*".repeat(phone.length());
            }
            return phone.substring(0, keepStart) + "*".repeat(phone.length() - keepStart - 2)
                    + phone.substring(phone.length() - 2);
        }
    }

    /** One turn of the conversation; {@code speaker} is {@link #BOT} or {@link #CUSTOMER}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TranscriptLine(String speaker, String text) {
        public static final String BOT = "bot";
        public static final String CUSTOMER = "customer";

        public TranscriptLine {
            if (text != null && text.length() > MAX_LINE_CHARS) {
                text = text.substring(0, MAX_LINE_CHARS);
            }
        }
    }

    /** When the call was placed, answered and ended, with the derived ring and talk times in milliseconds. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Timings(Instant dialedAt, Instant answeredAt, Instant endedAt, Long ringMillis, Long talkMillis) {

        /** Derives ring and talk time from the three instants (any may be null). */
        public static Timings of(Instant dialedAt, Instant answeredAt, Instant endedAt) {
            Long ring = dialedAt == null ? null
                    : millisBetween(dialedAt, answeredAt != null ? answeredAt : endedAt);
            Long talk = answeredAt == null ? null : millisBetween(answeredAt, endedAt);
            return new Timings(dialedAt, answeredAt, endedAt, ring, talk);
        }

        private static Long millisBetween(Instant from, Instant to) {
            return to == null ? null : Math.max(0, Duration.between(from, to).toMillis());
        }
    }
}
