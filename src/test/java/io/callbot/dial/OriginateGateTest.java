package io.callbot.dial;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.sim.Behaviour;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.SimulatedPbx;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The dialer asks the gate (the call ledger) right before each Originate, and dials nothing it refuses. */
class OriginateGateTest {

    @Test
    void refusedOrFailingGateMeansNoOriginateAndAFailedCall() throws Exception {
        PersonaBook book = PersonaBook.always(SimHarness.persona(Behaviour.BUSY, 100, 0));
        try (SimulatedPbx pbx = SimHarness.pbx(book, 10);
                AmiDialer dialer = SimHarness.dialer(pbx, DialLimits.uniform(50, 50, 50, 50))) {
            DialRequest allowed = SimHarness.request("+15550001001");
            DialRequest refused = SimHarness.request("+15550001002");
            DialRequest broken = SimHarness.request("+15550001003");
            Map<UUID, Integer> originatesWhenAsked = new ConcurrentHashMap<>();
            Set<UUID> no = Set.of(refused.attemptId());
            dialer.gate(id -> {
                originatesWhenAsked.put(id, pbx.stats().originatesFor(id.toString()));
                if (id.equals(broken.attemptId())) {
                    throw new java.sql.SQLException("database down");
                }
                return !no.contains(id);
            });

            CallResult ok = dialer.dial(allowed).result().get(20, TimeUnit.SECONDS);
            CallResult notDialled = dialer.dial(refused).result().get(20, TimeUnit.SECONDS);
            CallResult unknown = dialer.dial(broken).result().get(20, TimeUnit.SECONDS);

            assertThat(ok.kind()).isEqualTo(ResultKind.BUSY);
            assertThat(pbx.stats().originatesFor(allowed.attemptId().toString())).isEqualTo(1);
            assertThat(originatesWhenAsked.get(allowed.attemptId())).as("asked before the Originate").isZero();
            for (var r : java.util.List.of(refused, broken)) {
                assertThat(pbx.stats().originatesFor(r.attemptId().toString())).as("originates of " + r).isZero();
            }
            assertThat(notDialled.kind()).isEqualTo(ResultKind.FAILED);
            assertThat(unknown.kind()).isEqualTo(ResultKind.FAILED);
            assertThat(dialer.inFlight()).as("slots given back").isZero();
        }
    }
}
