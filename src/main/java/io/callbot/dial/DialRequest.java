package io.callbot.dial;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * One call to place.
 *
 * @param attemptId        the ledger's attempt UUID; becomes the channel's Uniqueid and the AudioSocket UUID
 * @param campaignId       for the per-campaign concurrency cap and the logs
 * @param tenantId         for the per-tenant concurrency cap
 * @param trunk            for the per-trunk pacing and cap; substituted for {@code {trunk}} in the template
 * @param phoneE164        the customer's number, e.g. {@code +4930123456}
 * @param endpointTemplate dial string template, e.g. {@code PJSIP/{phone}@{trunk}}
 * @param callerId         caller id shown to the customer, e.g. {@code "Acme" <4930123456>}
 * @param ringTimeout      how long to ring before giving up
 * @param context          dialplan context the answered call enters (e.g. {@code callbot-outbound})
 * @param exten            extension in that context (e.g. {@code s})
 * @param mediaAddress     host:port of the robot's AudioSocket server, passed as {@code CALLBOT_MEDIA}
 * @param detectMachine    ask the dialplan to run AMD() ({@code CALLBOT_AMD=1}) and wait for its verdict
 * @param campaignCallsPerSecond the campaign's own pacing (its {@code dial.calls_per_second}), on top of the
 *                         trunk's; 0 for none
 */
public record DialRequest(UUID attemptId, String campaignId, String tenantId, String trunk, String phoneE164,
                          String endpointTemplate, String callerId, Duration ringTimeout, String context,
                          String exten, String mediaAddress, boolean detectMachine, double campaignCallsPerSecond) {

    /** A call paced by its trunk only. */
    public DialRequest(UUID attemptId, String campaignId, String tenantId, String trunk, String phoneE164,
                       String endpointTemplate, String callerId, Duration ringTimeout, String context, String exten,
                       String mediaAddress, boolean detectMachine) {
        this(attemptId, campaignId, tenantId, trunk, phoneE164, endpointTemplate, callerId, ringTimeout, context,
                exten, mediaAddress, detectMachine, 0);
    }

    public DialRequest {
        Objects.requireNonNull(attemptId, "attemptId");
        requireText(campaignId, "campaignId");
        requireText(tenantId, "tenantId");
        requireText(trunk, "trunk");
        requireText(endpointTemplate, "endpointTemplate");
        requireText(context, "context");
        requireText(exten, "exten");
        if (phoneE164 == null || !phoneE164.matches("\\+[1-9]\\d{1,14}")) {
            throw new IllegalArgumentException("call " + attemptId + ": phone must be E.164 (+ and up to 15 digits), was "
                    + phoneE164);
        }
        if (ringTimeout == null || ringTimeout.isNegative() || ringTimeout.isZero()) {
            throw new IllegalArgumentException("call " + attemptId + ": ringTimeout must be > 0, was " + ringTimeout);
        }
        if (!(campaignCallsPerSecond >= 0)) {
            throw new IllegalArgumentException("call " + attemptId + ": campaignCallsPerSecond must be >= 0, was "
                    + campaignCallsPerSecond);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("dial request: " + field + " must not be blank");
        }
    }

    /** The Originate's Channel: the template with {@code {phone}} and {@code {trunk}} filled in. */
    public String dialString() {
        return endpointTemplate.replace("{phone}", phoneE164).replace("{trunk}", trunk);
    }
}
