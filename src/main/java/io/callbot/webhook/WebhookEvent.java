package io.callbot.webhook;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One event sent to a CRM, e.g. {@code call.completed}: the JSON body of a webhook (snake_case field names, ISO-8601
 * UTC times, absent values as {@code null} so receivers see a stable shape). Immutable; safe to share between threads.
 *
 * @param eventId unique per event; also the idempotency key receivers dedupe on
 * @param type e.g. {@code call.completed}, {@code call.failed}, {@code callback.requested}
 * @param occurredAt when the thing happened (not when it was sent)
 * @param attemptId the call attempt (ledger row) this event reports, if any
 * @param result telephony result, e.g. {@code ANSWERED}, {@code BUSY}, {@code NO_ANSWER}
 * @param outcome the dialog's business outcome, e.g. {@code interested}, {@code opted_out}
 * @param callbackAt when the customer asked to be called back, if they did
 * @param transcript a short transcript (at most {@link #MAX_TRANSCRIPT_LINES} lines)
 * @param recordingUrl link to the call recording, if there is one
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WebhookEvent(
        UUID eventId,
        String type,
        Instant occurredAt,
        String tenant,
        UUID attemptId,
        CampaignRef campaign,
        CustomerRef customer,
        String result,
        String outcome,
        List<String> tagsAdded,
        List<String> tagsRemoved,
        Instant callbackAt,
        List<TranscriptLine> transcript,
        Timings timings,
        URI recordingUrl) {

    public static final int MAX_TRANSCRIPT_LINES = 50;
    public static final int MAX_LINE_CHARS = 1000;

    public WebhookEvent {
        Objects.requireNonNull(eventId, "webhook event_id must be set");
        requireText(type, "type");
        Objects.requireNonNull(occurredAt, "webhook event occurred_at must be set");
        requireText(tenant, "tenant");
        Objects.requireNonNull(customer, "webhook event customer must be set");
        tagsAdded = tagsAdded == null ? List.of() : List.copyOf(tagsAdded);
        tagsRemoved = tagsRemoved == null ? List.of() : List.copyOf(tagsRemoved);
        transcript = transcript == null ? List.of()
                : List.copyOf(transcript.subList(0, Math.min(transcript.size(), MAX_TRANSCRIPT_LINES)));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("webhook event " + field + " must not be empty");
        }
    }

    /** The campaign and the exact version (content hash) that made the call. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CampaignRef(String id, String version) {}

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

    /** One turn of the conversation; {@code speaker} is {@code bot} or {@code customer}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TranscriptLine(String speaker, String text) {
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
            return to == null ? null : Duration.between(from, to).toMillis();
        }
    }
}
