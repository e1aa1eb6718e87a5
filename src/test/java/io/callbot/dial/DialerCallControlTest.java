package io.callbot.dial;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.sim.Behaviour;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.SimulatedPbx;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Transfer (AMI Redirect) and hangup of live calls, and cancelling a call still in the queue. */
class DialerCallControlTest {

    @Test
    void transferRedirectsTheLiveCallAndHangupEndsItWithCause16() throws Exception {
        PersonaBook talker = PersonaBook.always(SimHarness.persona(Behaviour.ANSWER, 100, 600_000));
        try (SimulatedPbx pbx = SimHarness.pbx(talker, 10);
             AmiDialer dialer = SimHarness.dialer(pbx, DialLimits.uniform(10, 10, 10, 10))) {
            DialedCall call = dialer.dial(SimHarness.request("+15550004444"));
            assertThat(call.result().get(10, TimeUnit.SECONDS).kind()).isEqualTo(ResultKind.ANSWERED);

            TransferResult transfer = dialer.transfer(call.attemptId(), "callbot-transfer", "agents")
                    .get(10, TimeUnit.SECONDS);
            assertThat(transfer.reached()).as(String.valueOf(transfer)).isTrue();
            assertThat(pbx.redirectedTo(call.attemptId().toString())).isEqualTo("callbot-transfer,agents");

            dialer.hangup(call.attemptId()).get(10, TimeUnit.SECONDS);
            CallEnd end = call.ended().get(10, TimeUnit.SECONDS);
            assertThat(end.cause()).isEqualTo(16);
            assertThat(end.talkTime()).isPositive();
            TransferResult late = dialer.transfer(call.attemptId(), "x", "y").get(10, TimeUnit.SECONDS);
            assertThat(late.reached()).isFalse();
            assertThat(late.cause()).contains(call.attemptId().toString(), "not a live answered call");
        }
    }

    @Test
    void hangupOfAQueuedCallCancelsItWithoutDialling() throws Exception {
        PersonaBook talker = PersonaBook.always(SimHarness.persona(Behaviour.ANSWER, 100, 600_000));
        try (SimulatedPbx pbx = SimHarness.pbx(talker, 10);
             AmiDialer dialer = SimHarness.dialer(pbx, DialLimits.uniform(10, 1, 1, 1))) {
            DialedCall first = dialer.dial(SimHarness.request("+15550005555"));
            first.result().get(10, TimeUnit.SECONDS);
            DialedCall queued = dialer.dial(SimHarness.request("+15550006666"));
            assertThat(dialer.queued()).isEqualTo(1);

            dialer.hangup(queued.attemptId()).get(10, TimeUnit.SECONDS);

            assertThat(queued.result().get(1, TimeUnit.SECONDS).kind()).isEqualTo(ResultKind.FAILED);
            assertThat(queued.result().join().detail()).contains("cancelled");
            assertThat(pbx.stats().originatesFor(queued.attemptId().toString())).isZero();
            assertThat(dialer.dial(new DialRequest(first.attemptId(), "c1", "t1", "trunk1", "+15550005555",
                    "PJSIP/{phone}@{trunk}", "x", java.time.Duration.ofSeconds(5), "ctx", "s", null, false)))
                    .as("a second dial of a live attempt returns the same call").isEqualTo(first);
        }
    }
}
