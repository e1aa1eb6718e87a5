package io.callbot.webhook;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call that was answered and ran its dialog ({@code call.completed}, {@code call.voicemail},
 * {@code call.transfer_failed}): the outcome, what it changed on the customer's profile, and the transfer to a person
 * when the dialog made one. Immutable.
 *
 * @param result      {@code ANSWERED}, or {@code VOICEMAIL} for an answering machine
 * @param outcome     the outcome the call ended with: one of the campaign's, or a system outcome
 * @param outcomeKind {@link #OUTCOME_CAMPAIGN} or {@link #OUTCOME_SYSTEM} (set by the engine, see docs/webhooks.md)
 * @param fieldsSet   profile attributes the outcome set ({@code set:} in the campaign)
 * @param doNotCall   true when the customer opted out on this call (every campaign of the tenant stops calling)
 * @param transfer    the transfer to a person the dialog made, null when it made none
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AnsweredCall(String result, String outcome, String outcomeKind, List<String> tagsAdded,
        List<String> tagsRemoved, Map<String, String> fieldsSet, boolean doNotCall, Instant callbackAt,
        List<WebhookEvent.TranscriptLine> transcript, WebhookEvent.Timings timings, URI recordingUrl,
        Transfer transfer) implements EventBody {

    public static final String OUTCOME_CAMPAIGN = "campaign";
    public static final String OUTCOME_SYSTEM = "system";

    /**
     * A transfer to a person, as the PBX reported it.
     *
     * @param target  the campaign's {@code transfer_to}
     * @param reached true when the caller reached someone (the transfer's Dial or Queue answered)
     * @param cause   why not (the missing extension, the queue's or the dial's status, the caller hanging up); null
     *                when reached
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Transfer(String target, boolean reached, String cause) {}

    /** An answered call whose dialog made no transfer. */
    public AnsweredCall(String result, String outcome, String outcomeKind, List<String> tagsAdded,
            List<String> tagsRemoved, Map<String, String> fieldsSet, boolean doNotCall, Instant callbackAt,
            List<WebhookEvent.TranscriptLine> transcript, WebhookEvent.Timings timings, URI recordingUrl) {
        this(result, outcome, outcomeKind, tagsAdded, tagsRemoved, fieldsSet, doNotCall, callbackAt, transcript, timings,
                recordingUrl, null);
    }

    public AnsweredCall {
        tagsAdded = tagsAdded == null ? List.of() : List.copyOf(tagsAdded);
        tagsRemoved = tagsRemoved == null ? List.of() : List.copyOf(tagsRemoved);
        fieldsSet = fieldsSet == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldsSet));
        transcript = transcript == null ? List.of() : List.copyOf(transcript.subList(0,
                Math.min(transcript.size(), WebhookEvent.MAX_TRANSCRIPT_LINES)));
    }
}
