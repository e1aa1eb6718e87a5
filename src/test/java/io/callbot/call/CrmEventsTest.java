package io.callbot.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignLoader;
import io.callbot.dialog.engine.CustomerView;
import io.callbot.dialog.engine.DialogContext;
import io.callbot.dialog.engine.TranscriptEntry;
import io.callbot.dialog.engine.TranscriptEntry.Speaker;
import io.callbot.media.MediaEndReason;
import io.callbot.webhook.CustomerExhausted;
import io.callbot.webhook.EventContract;
import io.callbot.webhook.ProfileChange;
import io.callbot.webhook.UnknownCall;
import io.callbot.webhook.UnreachableCall;
import io.callbot.webhook.WebhookEvent;
import io.callbot.webhook.WebhookJson;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The CRM events built from calls and attempts: what the issue found wrong, and each one valid against the contract. */
@Tag("unit")
class CrmEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T = Instant.parse("2026-11-28T15:00:00Z");
    private final Campaign campaign = CampaignLoader.load(Path.of("campaigns/winback-coupon.yaml")).campaign();
    private final CrmEvents events = new CrmEvents((tenant, id) -> "+12125550101");
    private final EventContract contract = new EventContract();

    @Test
    void anAnsweredCallNamesItsSpeakersVersionTimingsAndProfileChanges() throws Exception {
        CallRecord r = record("coupon_accepted", "COMPLETED", List.of("campaign:winback-coupon:accepted"),
                Map.of("last_coupon", "COMEBACK20"), false);
        List<WebhookEvent> out = events.callEnded(r, T.minusSeconds(6));
        assertThat(out).extracting(WebhookEvent::type).containsExactly("call.completed", "customer.updated");
        JsonNode call = valid(out.get(0));
        assertThat(call.at("/transcript/0/speaker").asText()).isEqualTo("bot");
        assertThat(call.at("/transcript/1/speaker").asText()).isEqualTo("customer");
        assertThat(call.at("/campaign/version").asText()).isEqualTo("sha256:" + campaign.version());
        assertThat(call.at("/timings/dialed_at").asText()).isEqualTo("2026-11-28T14:59:54Z");
        assertThat(call.at("/timings/ring_millis").asLong()).isEqualTo(6000);
        assertThat(call.at("/fields_set/last_coupon").asText()).isEqualTo("COMEBACK20");
        assertThat(call.get("outcome_kind").asText()).isEqualTo("campaign");
        JsonNode update = valid(out.get(1));
        assertThat(update.get("source").asText()).isEqualTo("call");
        assertThat(update.at("/tags_added/0").asText()).isEqualTo("campaign:winback-coupon:accepted");
        assertThat(update.get("do_not_call").isNull()).isTrue();
    }

    @Test
    void aMachineIsAVoicemailResultWithASystemOutcome() throws Exception {
        JsonNode json = valid(events.callCompleted(record("voicemail_left", "VOICEMAIL_LEFT", List.of(), Map.of(), false),
                T.minusSeconds(9)));
        assertThat(json.get("type").asText()).isEqualTo("call.voicemail");
        assertThat(json.get("result").asText()).as("the API's result for the same call").isEqualTo("VOICEMAIL");
        assertThat(json.get("outcome_kind").asText()).isEqualTo("system");
    }

    @Test
    void anOptOutCarriesTheDoNotCallChange() throws Exception {
        List<WebhookEvent> out = events.callEnded(record("opted_out", "OPTED_OUT", List.of(), Map.of(), true), T);
        assertThat(valid(out.get(0)).get("do_not_call").asBoolean()).isTrue();
        JsonNode update = valid(out.get(1));
        assertThat(update.at("/do_not_call/value").asBoolean()).isTrue();
        assertThat(update.at("/do_not_call/reason").asText()).startsWith("opted out on call ");
    }

    @Test
    void aTransferThePbxDidNotCompleteHasItsOwnTypeAndSaysWhy() throws Exception {
        CallRecord failed = withTransfer(record("transfer_failed", "TRANSFER_FAILED", List.of(), Map.of(), false),
                new TransferOutcome("agents", false, "queue JOINEMPTY: no agent could take calls"));
        JsonNode json = valid(events.callCompleted(failed, T.minusSeconds(3)));
        assertThat(json.get("type").asText()).isEqualTo("call.transfer_failed");
        assertThat(json.get("result").asText()).isEqualTo("ANSWERED");
        assertThat(json.at("/transfer/target").asText()).isEqualTo("agents");
        assertThat(json.at("/transfer/reached").asBoolean()).isFalse();
        assertThat(json.at("/transfer/cause").asText()).startsWith("queue JOINEMPTY");

        CallRecord reached = withTransfer(record("transferred", "TRANSFERRED", List.of(), Map.of(), false),
                new TransferOutcome("agents", true, null));
        JsonNode completed = valid(events.callCompleted(reached, T.minusSeconds(3)));
        assertThat(completed.get("type").asText()).isEqualTo("call.completed");
        assertThat(completed.at("/transfer/reached").asBoolean()).isTrue();
        assertThat(valid(events.callCompleted(record("coupon_accepted", "COMPLETED", List.of(), Map.of(), false), T))
                .get("transfer").isNull()).as("no transfer made").isTrue();
    }

    private static CallRecord withTransfer(CallRecord r, TransferOutcome transfer) {
        return new CallRecord(r.plan(), r.outcome(), r.endReason(), r.mediaEnd(), r.statePath(), r.transcript(),
                r.addTags(), r.removeTags(), r.setFields(), r.callbackAt(), r.doNotCall(), r.answeredAt(), r.endedAt(),
                transfer);
    }

    @Test
    void attemptsThatReachedNobodyOrEndedUnseenOrGaveUpValidate() throws Exception {
        var who = CrmEvents.Attempt.of(UUID.randomUUID(), campaign, 7, "crm-7");
        valid(events.unreachable(who, new UnreachableCall("BUSY", "the line was busy (Q.850 cause 17)", 17, 1,
                WebhookEvent.Timings.of(T, null, T.plusSeconds(3)), T.plusSeconds(1800)), T.plusSeconds(3)));
        valid(events.unknown(who, new UnknownCall("UNKNOWN", "the server stopped", 2,
                WebhookEvent.Timings.of(T, null, T.plusSeconds(300))), T.plusSeconds(300)));
        valid(events.exhausted(who, new CustomerExhausted("max_attempts", "used up", 3, "NO_ANSWER"), T));
        valid(events.profileChanged(campaign.tenant(), 7, "crm-7", new ProfileChange(ProfileChange.SOURCE_API,
                List.of(), List.of(), Map.of(), new ProfileChange.DoNotCall(false, null)), T));
    }

    private JsonNode valid(WebhookEvent e) throws Exception {
        String json = WebhookJson.write(e);
        assertThat(contract.problems(json)).as(json).isEmpty();
        return JSON.readTree(json);
    }

    private CallRecord record(String outcome, String endReason, List<String> tags, Map<String, String> fields,
            boolean doNotCall) {
        CustomerView view = new CustomerView("7", "Maria", "Lopez", "+12125550101", ZoneId.of("America/New_York"),
                Map.of(), Set.of());
        CallPlan plan = new CallPlan(UUID.randomUUID(), 1, campaign, 7, "crm-7",
                new DialogContext(view, campaign.id(), campaign.name(), campaign.data()),
                CampaignDialogs.settingsFor(campaign));
        return new CallRecord(plan, outcome, CallEndReason.parse(endReason), MediaEndReason.ROBOT_HANGUP,
                List.of("greeting"),
                List.of(new TranscriptEntry(T, Speaker.ROBOT, "greeting", "Hi Maria", 1, null, false),
                        new TranscriptEntry(T.plusSeconds(5), Speaker.CALLER, "greeting", "yes", 0.9, "yes", false)),
                tags, List.of(), fields, null, doNotCall, T, T.plusSeconds(20));
    }
}
