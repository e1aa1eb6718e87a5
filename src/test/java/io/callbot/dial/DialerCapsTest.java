package io.callbot.dial;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.sim.Behaviour;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.SimulatedPbx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A burst of 500 queued attempts never exceeds the per-campaign, per-trunk and per-tenant caps at the PBX. */
class DialerCapsTest {

    @Test
    void burstOf500NeverExceedsTheCaps() throws Exception {
        PersonaBook mix = PersonaBook.seededMix(42, List.of(
                new PersonaBook.Weighted(SimHarness.persona(Behaviour.ANSWER, 1000, 2000), 5),
                new PersonaBook.Weighted(SimHarness.persona(Behaviour.BUSY, 800, 0), 2),
                new PersonaBook.Weighted(SimHarness.persona(Behaviour.HANGUP_MID_CALL, 500, 1500), 2),
                new PersonaBook.Weighted(SimHarness.persona(Behaviour.DECLINE, 1500, 0), 1)));
        DialLimits limits = new DialLimits(500, 1, 12, 30, 18, Map.of(),
                Map.of("camp-b", 7), Map.of("trunkA", 8), Map.of());
        try (SimulatedPbx pbx = SimHarness.pbx(mix, 20); AmiDialer dialer = SimHarness.dialer(pbx, limits)) {
            List<CompletableFuture<CallEnd>> ends = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String campaign = i % 2 == 0 ? "camp-a" : "camp-b";
                String trunk = i % 3 == 0 ? "trunkA" : "trunkB";
                DialRequest r = SimHarness.request(String.format("+1666%07d", i), campaign, "tenant-1", trunk,
                        Duration.ofSeconds(5), false);
                ends.add(dialer.dial(r).ended());
            }
            CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

            assertThat(pbx.stats().originates()).isEqualTo(500);
            assertThat(pbx.stats().duplicates()).isEmpty();
            assertThat(pbx.stats().maxLiveChannels()).as("tenant cap").isLessThanOrEqualTo(18).isGreaterThanOrEqualTo(15);
            assertThat(pbx.stats().maxLive("trunk:PJSIP/trunkA")).as("trunkA cap").isLessThanOrEqualTo(8).isPositive();
            assertThat(pbx.stats().maxLive("campaign:camp-a")).as("camp-a cap").isLessThanOrEqualTo(12).isPositive();
            assertThat(pbx.stats().maxLive("campaign:camp-b")).as("camp-b cap").isLessThanOrEqualTo(7).isPositive();
            assertThat(dialer.inFlight()).isZero();
            assertThat(dialer.queued()).isZero();
        }
    }
}
