package io.callbot.call;

import io.callbot.campaign.Campaign;
import io.callbot.dialog.engine.TranscriptEntry;
import io.callbot.media.MediaEndReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A {@link CallRecord} as one line of the outcome spill file: the record itself, with the plan reduced to the keys
 * that find it again (the campaign by tenant and id). The dialog's context and settings are not kept: writing an
 * outcome does not read them. The end reasons are kept as their names ({@link CallEndReason#code()},
 * {@link MediaEndReason#name()}). The customer id is a JSON number; a line written before it was one holds it as a
 * string of digits, which Jackson reads into the {@code long} as well (its default scalar coercion), so a record
 * spilled before an upgrade is replayed after it.
 */
record SpilledCallRecord(UUID attemptId, int attemptNo, String tenant, String campaignId, long customerId,
        String externalId, String outcome, String endReason, String mediaEnd, List<String> statePath,
        List<TranscriptEntry> transcript, List<String> addTags, List<String> removeTags,
        Map<String, String> setFields, Instant callbackAt, boolean doNotCall, Instant answeredAt, Instant endedAt,
        TransferOutcome transfer) {

    /** Finds the campaign a spilled record ran (the current version of it). */
    @FunctionalInterface
    public interface Campaigns {
        java.util.Optional<Campaign> get(String tenant, String campaignId);
    }

    static SpilledCallRecord of(CallRecord r) {
        CallPlan p = r.plan();
        return new SpilledCallRecord(p.attemptId(), p.attemptNo(), p.tenant(), p.campaign().id(), p.customerId(),
                p.externalId(), r.outcome(), r.endReason().code(),
                r.mediaEnd() == null ? null : r.mediaEnd().name(), r.statePath(), r.transcript(), r.addTags(),
                r.removeTags(), r.setFields(), r.callbackAt(), r.doNotCall(), r.answeredAt(), r.endedAt(),
                r.transfer());
    }

    CallRecord toRecord(Campaigns campaigns) {
        Campaign campaign = campaigns.get(tenant, campaignId).orElseThrow(() -> new IllegalStateException(
                "campaign " + tenant + "/" + campaignId + " is not loaded"));
        CallPlan plan = new CallPlan(attemptId, attemptNo, campaign, customerId, externalId, null, null);
        return new CallRecord(plan, outcome, CallEndReason.parse(endReason),
                mediaEnd == null ? null : MediaEndReason.valueOf(mediaEnd), orEmpty(statePath), orEmpty(transcript),
                orEmpty(addTags), orEmpty(removeTags), setFields == null ? Map.of() : setFields, callbackAt, doNotCall,
                answeredAt, endedAt, transfer);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
