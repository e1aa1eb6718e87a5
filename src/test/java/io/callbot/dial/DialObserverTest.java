package io.callbot.dial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callbot.sim.Behaviour;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.SimulatedPbx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The dialer tells its observer of every Originate written, every result and every AMD verdict, once each. */
class DialObserverTest {

    /** Records what it is told; thread-safe. */
    private static final class Recording implements DialObserver {
        final List<UUID> originated = new CopyOnWriteArrayList<>();
        final Map<UUID, CallResult> settled = new ConcurrentHashMap<>();
        final List<UUID> settledIds = new CopyOnWriteArrayList<>();
        final Map<UUID, List<String>> verdicts = new ConcurrentHashMap<>();
        final List<String> campaigns = new CopyOnWriteArrayList<>();

        @Override
        public void originated(DialRequest request) {
            originated.add(request.attemptId());
            campaigns.add(request.campaignId());
        }

        @Override
        public void settled(DialRequest request, CallResult result) {
            settled.put(request.attemptId(), result);
            settledIds.add(request.attemptId());
        }

        @Override
        public void machineVerdict(DialRequest request, String verdict) {
            verdicts.computeIfAbsent(request.attemptId(), k -> new CopyOnWriteArrayList<>()).add(verdict);
        }
    }

    @Test
    void originatesResultsAndVerdictsAreObservedOnceEach() throws Exception {
        PersonaBook book = PersonaBook.always(SimHarness.persona(Behaviour.ANSWER, 200, 500));
        book.assign("+15550000002", SimHarness.persona(Behaviour.BUSY, 200, 0));
        book.assign("+15550000003", SimHarness.persona(Behaviour.MACHINE, 200, 500));
        book.assign("+15550000004", SimHarness.persona(Behaviour.NO_ANSWER, 200, 0));
        Recording observer = new Recording();
        try (SimulatedPbx pbx = SimHarness.pbx(book, 10);
             AmiDialer dialer = new AmiDialer(SimHarness.settings(pbx, SimHarness.SECRET),
                     DialLimits.uniform(50, 50, 50, 50), observer)) {
            dialer.start();
            DialRequest human = SimHarness.request("+15550000001", "sales", "t1", "trunk1", Duration.ofSeconds(3), true);
            DialRequest busy = SimHarness.request("+15550000002", "sales", "t1", "trunk1", Duration.ofSeconds(3), false);
            DialRequest machine = SimHarness.request("+15550000003", "sales", "t1", "trunk1", Duration.ofSeconds(3), true);
            DialRequest noAnswer = SimHarness.request("+15550000004", "sales", "t1", "trunk1", Duration.ofSeconds(1), false);
            List<DialRequest> requests = List.of(human, busy, machine, noAnswer);
            Map<UUID, CallResult> results = new ConcurrentHashMap<>();
            for (DialRequest r : requests) {
                DialedCall call = dialer.dial(r);
                results.put(r.attemptId(), call.result().get(30, TimeUnit.SECONDS));
                call.ended().get(30, TimeUnit.SECONDS);
            }

            // a result is observed before its future completes: no waiting needed
            assertThat(observer.settled).isEqualTo(results);
            assertThat(observer.settledIds).hasSize(requests.size());
            assertThat(observer.settled.get(human.attemptId()).kind()).isEqualTo(ResultKind.ANSWERED);
            assertThat(observer.settled.get(busy.attemptId()).kind()).isEqualTo(ResultKind.BUSY);
            assertThat(observer.settled.get(busy.attemptId()).cause()).isEqualTo(17);
            assertThat(observer.settled.get(machine.attemptId()).kind()).isEqualTo(ResultKind.VOICEMAIL);
            assertThat(observer.settled.get(noAnswer.attemptId()).kind()).isEqualTo(ResultKind.NO_ANSWER);
            // verdicts only for calls that asked for AMD and were answered
            assertThat(observer.verdicts).containsOnlyKeys(human.attemptId(), machine.attemptId());
            assertThat(observer.verdicts.get(human.attemptId())).containsExactly("HUMAN");
            assertThat(observer.verdicts.get(machine.attemptId())).containsExactly("MACHINE");
            await().atMost(Duration.ofSeconds(10)).until(() -> observer.originated.size() >= requests.size());
            assertThat(observer.originated).containsExactlyInAnyOrderElementsOf(
                    requests.stream().map(DialRequest::attemptId).toList());
            assertThat((long) observer.originated.size()).isEqualTo(pbx.stats().originates());
            assertThat(observer.campaigns).containsOnly("sales");
        }
    }

    @Test
    void aCallCancelledBeforeDiallingIsNeitherOriginatedNorSettledForTheObserver() throws Exception {
        Recording observer = new Recording();
        PersonaBook book = PersonaBook.always(SimHarness.persona(Behaviour.BUSY, 100, 0));
        try (SimulatedPbx pbx = SimHarness.pbx(book, 10);
             AmiDialer dialer = new AmiDialer(SimHarness.settings(pbx, SimHarness.SECRET),
                     DialLimits.uniform(10, 10, 10, 10), observer)) {
            // not started: the call waits in the queue and is cancelled there
            DialedCall call = dialer.dial(SimHarness.request("+15550009999"));
            dialer.hangup(call.attemptId()).get(10, TimeUnit.SECONDS);
            assertThat(call.result().get(10, TimeUnit.SECONDS).kind()).isEqualTo(ResultKind.FAILED);
            assertThat(observer.originated).isEmpty();
            assertThat(observer.settled).isEmpty();
        }
    }
}
