package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.dialog.ActionSpec;
import io.callbot.dialog.Condition;
import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.StateSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped campaigns in {@code campaigns/} validate, and load into the model a dialog engine expects. */
@Tag("unit")
class ExampleCampaignsTest {

    private static Campaign load(String file) {
        LoadResult result = CampaignLoader.load(Path.of("campaigns", file));
        assertThat(result.errors()).isEmpty();
        return result.campaign();
    }

    @Test
    void everyExampleValidates() throws IOException {
        List<LoadResult> results = CampaignLoader.loadDirectory(Path.of("campaigns"));
        assertThat(results).extracting(r -> Path.of(r.file()).getFileName().toString())
                .containsExactly("delivery-notice.yaml", "winback-coupon.yaml", "xiaomi-fans-offer.yaml");
        assertThat(results).allSatisfy(r -> assertThat(r.errors()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"delivery-notice.yaml", "winback-coupon.yaml", "xiaomi-fans-offer.yaml"})
    void everyExampleHasOptOutAgentNoInputAndNoMatchPaths(String file) {
        Campaign c = load(file);
        DialogSpec dialog = c.dialog();
        assertThat(c.voice().language()).isEqualTo("en-US");
        assertThat(dialog.globals()).containsKeys("opt_out", "agent");
        String optOutState = dialog.globals().get("opt_out").target();
        assertThat(c.outcomes().get(dialog.state(optOutState).outcome()).doNotCall()).isTrue();
        StateSpec agent = dialog.state(dialog.globals().get("agent").target());
        assertThat(agent.action().kind()).isEqualTo(ActionSpec.Kind.TRANSFER);
        for (StateSpec state : dialog.states().values()) {
            if (state.listens()) {
                assertThat(state.noInput().target()).as(state.name()).isNotNull();
                assertThat(state.noMatch().target()).as(state.name()).isNotNull();
                assertThat(state.activeGlobals()).as(state.name()).contains("opt_out");
            }
        }
    }

    @Test
    void winbackModel() {
        Campaign c = load("winback-coupon.yaml");
        assertThat(c.kind()).isEqualTo(CampaignKind.RE_ENGAGEMENT);
        assertThat(c.audience().attributes().get(0))
                .isEqualTo(new AttributeCondition("last_order_at", AttributeCondition.Operator.BEFORE, Duration.ofDays(90)));
        assertThat(c.priority()).containsExactly(new PriorityKey("lifetime_value", true), new PriorityKey("last_called_at", false));
        assertThat(c.schedule().window().weekdays()).hasSize(6).doesNotContain(DayOfWeek.SUNDAY);
        assertThat(c.schedule().window().from()).isEqualTo(LocalTime.of(10, 0));
        assertThat(c.dial().retry().rules().get(RetryPolicy.RetryableResult.BUSY))
                .isEqualTo(new RetryPolicy.RetryRule(Duration.ofMinutes(30), 2));
        assertThat(c.dial().endpointFor("+14155550123")).isEqualTo("PJSIP/+14155550123@voip-carrier");
        assertThat(c.data()).containsEntry("coupon_code", "COMEBACK20");
        StateSpec sendCoupon = c.dialog().state("send_coupon");
        assertThat(sendCoupon.noInput().maxReprompts()).isZero();
        assertThat(sendCoupon.noInput().timeout()).isEqualTo(Duration.ofSeconds(6)); // inherited from the dialog
        assertThat(c.dialog().globals().get("are_you_a_robot").resumes()).isTrue();
        assertThat(c.dialog().voicemail().say().fields()).extracting(f -> f.path())
                .containsExactly("data.discount", "data.coupon_code", "data.coupon_expiry", "data.support_line");
    }

    @Test
    void xiaomiBranchesArePersonalised() {
        Campaign c = load("xiaomi-fans-offer.yaml");
        StateSpec greeting = c.dialog().state(c.dialog().start());
        assertThat(greeting.branches()).hasSize(2);
        assertThat(greeting.branches().get(0).when()).isEqualTo(new Condition.HasTag("device:xiaomi-13"));
        assertThat(greeting.branches().get(1).when()).isEqualTo(new Condition.FieldTest(
                "customer.attributes.loyalty_tier", Condition.CompareOp.IN, List.of("gold", "platinum")));
        assertThat(greeting.expect()).extracting(i -> i.name()).containsExactly("yes", "no");
        assertThat(c.dialog().state("transfer_to_sales").activeGlobals()).isEmpty();
        assertThat(c.dialog().intentsHeardIn(greeting)).extracting(i -> i.name())
                .containsExactly("yes", "no", "opt_out", "agent", "are_you_a_robot", "callback");
    }

    @Test
    void deliveryDisclosureCannotBeInterrupted() {
        Campaign c = load("delivery-notice.yaml");
        StateSpec disclosure = c.dialog().state("disclosure");
        assertThat(disclosure.interruptible()).isFalse();
        assertThat(disclosure.message().prompt()).isEqualTo("disclosure.wav");
        assertThat(disclosure.next()).isEqualTo("announce");
        StateSpec pick = c.dialog().state("pick_day");
        assertThat(pick.expect()).extracting(i -> i.name()).containsExactly("day_after", "next_monday");
        assertThat(pick.noMatch().target()).isEqualTo("transfer_to_agent");
        assertThat(pick.noMatch().reprompt().say().source()).isEqualTo("Please say day after tomorrow, or next Monday.");
    }
}
