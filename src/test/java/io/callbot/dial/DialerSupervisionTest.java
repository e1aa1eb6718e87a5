package io.callbot.dial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callbot.sim.Behaviour;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.SimulatedPbx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The AMI link: refused logins, a cut mid-campaign, garbage on the wire. */
class DialerSupervisionTest {

    @Test
    void refusedLoginIsRetriedAndNothingIsDialledMeanwhileAndTheSecretIsNeverLogged() throws Exception {
        PersonaBook busy = PersonaBook.always(SimHarness.persona(Behaviour.BUSY, 100, 0));
        try (LogCapture logs = new LogCapture(); SimulatedPbx pbx = SimHarness.pbx(busy, 10)) {
            pbx.setLoginAllowed(false);
            List<LinkState> states = new CopyOnWriteArrayList<>();
            try (AmiDialer dialer = new AmiDialer(SimHarness.settings(pbx, SimHarness.SECRET),
                    DialLimits.uniform(10, 10, 10, 10))) {
                dialer.addLinkStateListener((from, to) -> states.add(to));
                dialer.start();
                DialedCall call = dialer.dial(SimHarness.request("+15550001111"));
                await().atMost(Duration.ofSeconds(10)).until(() -> dialer.linkState() == LinkState.LOGIN_REFUSED);
                long rounds = dialer.pacerRounds();
                dialer.wakePacer();
                await().atMost(Duration.ofSeconds(10)).until(() -> dialer.pacerRounds() >= rounds + 2);
                assertThat(pbx.stats().originates()).isZero();
                assertThat(call.result()).isNotDone();
                assertThat(dialer.queued()).isEqualTo(1);

                pbx.setLoginAllowed(true);
                assertThat(call.result().get(20, TimeUnit.SECONDS).kind()).isEqualTo(ResultKind.BUSY);
                assertThat(dialer.linkState()).isEqualTo(LinkState.CONNECTED);
                assertThat(states).containsSubsequence(LinkState.CONNECTING, LinkState.LOGIN_REFUSED,
                        LinkState.CONNECTED);
                // logged once per state change, not once per retry
                assertThat(logs.lines().stream().filter(l -> l.contains("-> LOGIN_REFUSED")).count()).isEqualTo(1);
            }
            assertThat(logs.lines()).noneMatch(l -> l.contains(SimHarness.SECRET));
        }
    }

    @Test
    void linkCutMidCampaignDialsNoAttemptTwiceAndSettlesLostCallsAsUnknown() throws Exception {
        PersonaBook talkers = PersonaBook.seededMix(7, List.of(
                new PersonaBook.Weighted(SimHarness.persona(Behaviour.ANSWER, 300, 4000), 3),
                new PersonaBook.Weighted(SimHarness.persona(Behaviour.ANSWER, 300, 40_000), 1)));
        try (SimulatedPbx pbx = SimHarness.pbx(talkers, 10);
             AmiDialer dialer = SimHarness.dialer(pbx, DialLimits.uniform(200, 20, 20, 20))) {
            List<DialedCall> calls = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                calls.add(dialer.dial(SimHarness.request(String.format("+1888%07d", i))));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> pbx.liveCallIds().size() == 20
                    && calls.stream().filter(c -> c.result().isDone()).count() >= 20);

            pbx.setAcceptingConnections(false);
            Set<String> liveAtCut = pbx.liveCallIds();
            pbx.dropConnections();
            await().atMost(Duration.ofSeconds(10)).until(() -> dialer.linkState() == LinkState.RECONNECTING);
            long originatesAtCut = pbx.stats().originates();
            // some calls end while the dialer cannot hear it; their events are lost for good
            await().atMost(Duration.ofSeconds(20)).until(() -> liveAtCut.stream()
                    .filter(pbx.liveCallIds()::contains).count() < liveAtCut.size());
            long originatesDuringCut = pbx.stats().originates();
            pbx.setAcceptingConnections(true);

            CompletableFuture.allOf(calls.stream().map(DialedCall::ended).toArray(CompletableFuture[]::new))
                    .get(90, TimeUnit.SECONDS);

            assertThat(dialer.linkState()).isEqualTo(LinkState.CONNECTED);
            assertThat(originatesDuringCut).as("nothing dialled while the link was down").isEqualTo(originatesAtCut);
            assertThat(pbx.stats().duplicates()).isEmpty();
            for (DialedCall c : calls) {
                int originates = pbx.stats().originatesFor(c.attemptId().toString());
                ResultKind outcome = c.result().join().kind();
                assertThat(originates).as("originates of %s", c.attemptId()).isLessThanOrEqualTo(1);
                // an Originate lost with the link is in doubt: settled UNKNOWN, never sent again
                assertThat(originates == 1 || outcome == ResultKind.UNKNOWN).isTrue();
                assertThat(outcome).isIn(ResultKind.ANSWERED, ResultKind.UNKNOWN);
            }
            List<CallEnd> ends = calls.stream().map(c -> c.ended().join()).toList();
            assertThat(ends).anyMatch(e -> !e.known());
            assertThat(ends).anyMatch(e -> e.known() && e.cause() == 16);
        }
    }

    @Test
    void garbageOnTheAmiSocketIsLoggedAndTheDialerKeepsWorking() throws Exception {
        PersonaBook book = PersonaBook.always(SimHarness.persona(Behaviour.BUSY, 100, 0))
                .assign("+15550002222", SimHarness.persona(Behaviour.NO_ANSWER, 0, 0));
        try (LogCapture logs = new LogCapture(); SimulatedPbx pbx = SimHarness.pbx(book, 1);
             AmiDialer dialer = SimHarness.dialer(pbx, DialLimits.uniform(10, 10, 10, 10))) {
            DialRequest ringing = SimHarness.request("+15550002222", "c1", "t1", "trunk1", Duration.ofSeconds(30), false);
            DialedCall call = dialer.dial(ringing);
            await().atMost(Duration.ofSeconds(10)).until(() -> pbx.liveCallIds().contains(ringing.attemptId().toString()));

            pbx.sendRaw("\u0000\u00ff\u00fe this is not AMI at all\r\n\r\n");
            pbx.sendRaw("Event: NoSuchEventType\r\nFoo: bar\r\n\r\n");
            pbx.sendRaw("Response: Success\r\nActionID: nobody-asked\r\n\r\n");
            pbx.sendRaw("Event: Hangup\r\nPrivilege: call,all\r\nChannel: PJSIP/trunk1-bogus\r\nUniqueid: "
                    + ringing.attemptId() + "\r\nCause: banana\r\n\r\n");

            CallResult result = call.result().get(10, TimeUnit.SECONDS);
            assertThat(result.kind()).isEqualTo(ResultKind.FAILED);
            assertThat(result.detail()).contains("Hangup without a readable Cause");
            assertThat(logs.lines()).anyMatch(l -> l.contains("Hangup without a readable Cause, got:")
                    && l.contains(ringing.attemptId().toString()));

            DialedCall next = dialer.dial(SimHarness.request("+15550003333"));
            assertThat(next.result().get(10, TimeUnit.SECONDS).kind()).isEqualTo(ResultKind.BUSY);
            assertThat(dialer.linkState()).isEqualTo(LinkState.CONNECTED);
        }
    }
}
