package io.callbot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.dialog.ActionSpec;
import io.callbot.dialog.StateSpec;
import io.callbot.pbx.Dialplan;
import io.callbot.pbx.DialplanStep;
import io.callbot.pbx.ShippedPbxConfig;
import io.callbot.pbx.TransferTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every transfer target of every example campaign (campaigns/ and docker/campaigns/) resolves in the shipped
 * dialplan, and reaches something the shipped files define: the queue of queues_callbot.conf, or an endpoint of
 * pjsip_callbot.conf.
 */
@Tag("unit")
class ExampleTransferTargetsTest {

    @Test
    void everyExampleTransferTargetResolvesInTheShippedDialplan() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path dir : List.of(Path.of("campaigns"), Path.of("docker/campaigns"))) {
            for (LoadResult loaded : CampaignLoader.loadDirectory(dir)) {
                assertThat(loaded.errors()).as(loaded.file()).isEmpty();
                for (StateSpec state : loaded.campaign().dialog().states().values()) {
                    ActionSpec action = state.action();
                    if (action != null && action.kind() == ActionSpec.Kind.TRANSFER) {
                        checked.add(loaded.file() + " " + state.name() + " -> " + action.transferTo());
                        assertResolvesToSomethingShipped(action.transferTo());
                    }
                }
            }
        }
        assertThat(checked).as("the examples transfer somewhere").hasSizeGreaterThanOrEqualTo(4);
    }

    private static void assertResolvesToSomethingShipped(String transferTo) {
        Dialplan dialplan = ShippedPbxConfig.get().dialplan();
        TransferTarget target = TransferTarget.parse(transferTo).orElseThrow();
        var resolved = target.resolve(dialplan);
        assertThat(resolved).as("%s resolves in [callbot-transfer]", transferTo).isPresent();
        DialplanStep reaches = resolved.get().extension().priorities().values().stream()
                .filter(s -> s.application().equals("Queue") || s.application().equals("Dial")).findFirst()
                .orElseThrow(() -> new AssertionError(transferTo + " neither queues nor dials"));
        String what = reaches.data().split(",")[0].replace("${EXTEN:6}", target.exten().substring(6))
                .replace("${EXTEN}", target.exten());
        if (reaches.application().equals("Queue")) {
            assertThat(ShippedPbxConfig.get().queue(what)).as("%s queues in %s", transferTo, what).isPresent();
        } else {
            assertThat(what).startsWith("PJSIP/");
            assertThat(ShippedPbxConfig.get().pjsip().section(what.substring(6), "endpoint"))
                    .as("%s dials %s, an endpoint of pjsip_callbot.conf", transferTo, what).isPresent();
        }
    }
}
