package io.callbot.dial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callbot.sim.Behaviour;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.SimulatedPbx;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-trunk calls-per-second rate is held; time is an injected ticker moved by hand, not the wall clock. */
class DialerPacingTest {

    private final AtomicLong ticker = new AtomicLong(1_000_000_000L);

    @Test
    void originatesFollowTheTokenBucketOfTheInjectedTicker() throws Exception {
        PersonaBook busy = PersonaBook.always(SimHarness.persona(Behaviour.BUSY, 10, 0));
        try (SimulatedPbx pbx = SimHarness.pbx(busy, 10);
             AmiDialer dialer = new AmiDialer(SimHarness.settings(pbx, SimHarness.SECRET),
                     DialLimits.uniform(5, 1000, 1000, 1000), ticker::get)) {
            dialer.start();
            for (int i = 0; i < 40; i++) {
                dialer.dial(SimHarness.request(String.format("+1777%07d", i)));
            }
            expectOriginates(dialer, pbx, 1);      // the bucket starts with one token
            for (int step = 1; step <= 20; step++) {
                advanceMillis(100);                // half a token per step at 5 calls per second
                expectOriginates(dialer, pbx, 1 + step / 2);
            }
            advanceMillis(199);
            expectOriginates(dialer, pbx, 11);     // 0.995 of a token is not a token
            advanceMillis(1);
            expectOriginates(dialer, pbx, 12);
            advanceMillis(10_000);
            expectOriginates(dialer, pbx, 13);     // burst size 1: a long pause does not allow a burst
        }
    }

    @Test
    void aCampaignsOwnRateHoldsOnASharedFasterTrunkWithoutSlowingTheOtherCampaign() throws Exception {
        PersonaBook busy = PersonaBook.always(SimHarness.persona(Behaviour.BUSY, 10, 0));
        try (SimulatedPbx pbx = SimHarness.pbx(busy, 10);
             AmiDialer dialer = new AmiDialer(SimHarness.settings(pbx, SimHarness.SECRET),
                     new DialLimits(1000, 100, 1000, 1000, 1000, java.util.Map.of(), java.util.Map.of(),
                             java.util.Map.of(), java.util.Map.of()), ticker::get)) {
            dialer.start();
            for (int i = 0; i < 10; i++) {
                DialRequest slow = SimHarness.request(String.format("+1777%07d", i), "slow", "t1", "trunk1",
                        Duration.ofSeconds(8), false);
                dialer.dial(withCampaignRate(slow, 2));
            }
            for (int i = 0; i < 10; i++) {
                dialer.dial(SimHarness.request(String.format("+1778%07d", i), "fast", "t1", "trunk1",
                        Duration.ofSeconds(8), false));
            }
            expectOriginates(dialer, pbx, 11);     // all of "fast" and the first of "slow"
            advanceMillis(499);
            expectOriginates(dialer, pbx, 11);
            advanceMillis(1);
            expectOriginates(dialer, pbx, 12);     // "slow" at 2 calls per second
            advanceMillis(2_000);
            expectOriginates(dialer, pbx, 13);     // burst 1: a pause does not let "slow" catch up
        }
    }

    private static DialRequest withCampaignRate(DialRequest r, double cps) {
        return new DialRequest(r.attemptId(), r.campaignId(), r.tenantId(), r.trunk(), r.phoneE164(),
                r.endpointTemplate(), r.callerId(), r.ringTimeout(), r.context(), r.exten(), r.mediaAddress(),
                r.detectMachine(), cps);
    }

    private void advanceMillis(long ms) {
        ticker.addAndGet(TimeUnit.MILLISECONDS.toNanos(ms));
    }

    /** Wakes the pacer, waits until it has finished two full rounds, then checks the exact count at the PBX. */
    private static void expectOriginates(AmiDialer dialer, SimulatedPbx pbx, long expected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> dialer.dispatched() >= expected);
        long rounds = dialer.pacerRounds();
        dialer.wakePacer();
        await().atMost(Duration.ofSeconds(10)).until(() -> dialer.pacerRounds() >= rounds + 2);
        assertThat(dialer.dispatched()).isEqualTo(expected);
        await().atMost(Duration.ofSeconds(10)).until(() -> pbx.stats().originates() == expected);
    }
}
