package io.callbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class WebhookEventJsonTest {

    static WebhookEvent sample(UUID id, String customer) {
        Instant dialed = Instant.parse("2026-03-01T09:00:00Z");
        return new WebhookEvent(id, "call.completed", Instant.parse("2026-03-01T09:02:05.250Z"), "acme",
                UUID.fromString("00000000-0000-0000-0000-0000000000a1"),
                new WebhookEvent.CampaignRef("spring-sale", "sha256:abc"),
                new WebhookEvent.CustomerRef(customer, "crm-" + customer, WebhookEvent.CustomerRef.maskPhone("+15551234567")),
                "ANSWERED", "interested", List.of("interested"), List.of("not_contacted"),
                Instant.parse("2026-03-02T15:00:00Z"),
                List.of(new WebhookEvent.TranscriptLine("bot", "Hello!"), new WebhookEvent.TranscriptLine("customer", "yes")),
                WebhookEvent.Timings.of(dialed, dialed.plusSeconds(5), dialed.plusSeconds(125)),
                URI.create("https://rec.example/a1.wav"));
    }

    @Test
    void serializesWithStableSnakeCaseNamesAndIsoTimes() throws Exception {
        JsonNode json = new ObjectMapper().readTree(WebhookJson.write(sample(UUID.fromString("11111111-1111-1111-1111-111111111111"), "c1")));
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("event_id", "event_version", "type", "occurred_at", "tenant", "attempt_id",
                "campaign", "customer", "result", "outcome", "outcome_kind", "tags_added", "tags_removed", "fields_set",
                "do_not_call", "callback_at", "transcript", "timings", "recording_url", "transfer");
        assertThat(json.get("occurred_at").asText()).isEqualTo("2026-03-01T09:02:05.250Z");
        assertThat(json.at("/customer/external_id").asText()).isEqualTo("crm-c1");
        assertThat(json.at("/customer/phone_masked").asText()).isEqualTo("+15*******67");
        assertThat(json.at("/campaign/version").asText()).isEqualTo("sha256:abc");
        assertThat(json.at("/timings/ring_millis").asLong()).isEqualTo(5000);
        assertThat(json.at("/timings/talk_millis").asLong()).isEqualTo(120_000);
        assertThat(json.at("/transcript/1/speaker").asText()).isEqualTo("customer");
        assertThat(json.get("recording_url").asText()).isEqualTo("https://rec.example/a1.wav");
    }

    @Test
    void absentValuesAreNullsSoTheShapeNeverChanges() throws Exception {
        WebhookEvent minimal = new WebhookEvent(UUID.randomUUID(), "call.completed", Instant.EPOCH, "acme", null, null,
                new WebhookEvent.CustomerRef("c1", null, null), "ANSWERED", null, null, null, null, null, null, null);
        JsonNode json = new ObjectMapper().readTree(WebhookJson.write(minimal));
        assertThat(json.size()).isEqualTo(20);
        assertThat(json.get("recording_url").isNull()).isTrue();
        assertThat(json.get("transfer").isNull()).as("no transfer made").isTrue();
        assertThat(json.get("tags_added").isArray()).isTrue();
    }

    @Test
    void roundTrips() {
        WebhookEvent e = sample(UUID.randomUUID(), "c9");
        assertThat(WebhookJson.read(WebhookJson.write(e))).isEqualTo(e);
    }

    @Test
    void transcriptIsKeptShort() {
        var lines = Collections.nCopies(80, new WebhookEvent.TranscriptLine("bot", "x".repeat(5000)));
        WebhookEvent e = new WebhookEvent(UUID.randomUUID(), "call.completed", Instant.EPOCH, "acme", null, null,
                new WebhookEvent.CustomerRef("c1", null, null), null, null, null, null, null, lines, null, null);
        AnsweredCall body = (AnsweredCall) e.body();
        assertThat(body.transcript()).hasSize(WebhookEvent.MAX_TRANSCRIPT_LINES);
        assertThat(body.transcript().get(0).text()).hasSize(WebhookEvent.MAX_LINE_CHARS);
    }

    @Test
    void rejectsEventsMissingWhatRoutingNeedsNamingTheField() {
        assertThatThrownBy(() -> new WebhookEvent(UUID.randomUUID(), " ", Instant.EPOCH, "acme", null, null,
                new WebhookEvent.CustomerRef("c1", null, null), null, null, null, null, null, null, null, null))
                .hasMessage("webhook event type must not be empty");
        assertThatThrownBy(() -> new WebhookEvent.CustomerRef("", "x", null)).hasMessage("webhook event customer.id must not be empty");
        assertThatThrownBy(() -> WebhookEndpoint.of("ftp://x/y", "S")).hasMessageContaining("webhook.url");
        assertThatThrownBy(() -> WebhookEndpoint.of("https://x/y", "not a name")).hasMessageContaining("webhook.secret_env");
    }

    @Test
    void masksPhones() {
        assertThat(WebhookEvent.CustomerRef.maskPhone("+4915112345678")).isEqualTo("+49*********78");
        assertThat(WebhookEvent.CustomerRef.maskPhone("0612345678")).isEqualTo("06******78");
        assertThat(WebhookEvent.CustomerRef.maskPhone("123")).isEqualTo("***");
        assertThat(WebhookEvent.CustomerRef.maskPhone(null)).isNull();
    }
}
