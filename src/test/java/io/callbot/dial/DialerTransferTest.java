package io.callbot.dial;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.sim.Agents;
import io.callbot.sim.Behaviour;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.SimOptions;
import io.callbot.sim.SimulatedPbx;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A transfer's verdict comes from what the PBX reports after the Redirect, not from the Redirect's "Success": reached
 * only when the caller's channel dialled someone who answered; otherwise failed with the cause the events show. Checked
 * on the real Asterisk 22 streams, and on the simulated PBX for the cases no capture shows.
 */
class DialerTransferTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ami_transfer_queue_answered.txt | human               | true  | ",
        "ami_redirect_invalid_exten.txt  | PJSIP/support-queue | false | extension PJSIP/support-queue of context "
                + "callbot-transfer does not exist in the PBX's dialplan"})
    void theRealAsteriskStreamsGiveTheirVerdict(String transcript, String exten, boolean reached, String cause)
            throws Exception {
        try (TranscriptReplayServer server = new TranscriptReplayServer(transcript);
             AmiDialer dialer = new AmiDialer(AmiSettings.of("127.0.0.1", server.port(), "robot", "pw"),
                     DialLimits.uniform(10, 10, 10, 10))) {
            dialer.start();
            DialedCall call = dialer.dial(new DialRequest(UUID.randomUUID(), "c1", "t1", "carrier1", "+14155550111",
                    "PJSIP/{phone}@{trunk}", "\"Acme Shop\" <+14155550100>", Duration.ofSeconds(30), "callbot-outbound",
                    "s", "127.0.0.1:9092", true));
            assertThat(call.result().get(20, TimeUnit.SECONDS).answered()).isTrue();

            TransferResult result = dialer.transfer(call.attemptId(), "callbot-transfer", exten).get(20, TimeUnit.SECONDS);

            assertThat(result.reached()).as(String.valueOf(result)).isEqualTo(reached);
            assertThat(result.target()).isEqualTo("callbot-transfer," + exten);
            if (cause != null) {
                assertThat(result.cause()).startsWith(cause);
                assertThat(result.hangupCause()).isZero();
                assertThat(call.ended().get(20, TimeUnit.SECONDS).cause()).isZero();
            } else {
                assertThat(result.cause()).isNull();
                assertThat(call.ended()).as("the caller talks to the agent: the call goes on").isNotDone();
            }
        }
    }

    @ParameterizedTest(name = "{0} with agents {1}")
    @CsvSource(delimiter = '|', value = {
        "agents      | ANSWER      | ",
        "agents      | UNAVAILABLE | queue JOINEMPTY: no agent could take calls",
        "agents      | NO_ANSWER   | queue TIMEOUT: nobody answered in time",
        "2001        | ANSWER      | dial CHANUNAVAIL: the phone is unavailable",
        "pjsip-callbot-agent1 | ANSWER | ",
        "pjsip-callbot-agent1 | NO_ANSWER | dial NOANSWER: nobody answered",
        "sales       | ANSWER      | extension sales of context callbot-transfer does not exist"})
    void theSimulatedPbxGivesTheCauseOfEachFailure(String exten, Agents.Mode mode, String cause) throws Exception {
        Agents agents = new Agents(mode, Duration.ofSeconds(1), Duration.ofMinutes(5));
        SimOptions options = SimOptions.defaults(SimHarness.USER, SimHarness.SECRET,
                PersonaBook.always(SimHarness.persona(Behaviour.ANSWER, 100, 600_000))).withSpeed(200).withAgents(agents);
        try (SimulatedPbx pbx = SimulatedPbx.start(options);
             AmiDialer dialer = SimHarness.dialer(pbx, DialLimits.uniform(10, 10, 10, 10))) {
            DialedCall call = dialer.dial(SimHarness.request("+15550008001"));
            assertThat(call.result().get(10, TimeUnit.SECONDS).answered()).isTrue();

            TransferResult result = dialer.transfer(call.attemptId(), "callbot-transfer", exten).get(20, TimeUnit.SECONDS);

            if (cause == null) {
                assertThat(result.reached()).as(String.valueOf(result)).isTrue();
                assertThat(pbx.liveCallIds()).as("bridged to the agent").contains(call.attemptId().toString());
            } else {
                assertThat(result.reached()).isFalse();
                assertThat(result.cause()).startsWith(cause);
                assertThat(call.ended().get(10, TimeUnit.SECONDS).known()).isTrue();
            }
        }
    }

    @Test
    void noWordFromThePbxWithinTheLimitIsAFailureToo() throws Exception {
        SimOptions options = SimOptions.defaults(SimHarness.USER, SimHarness.SECRET,
                PersonaBook.always(SimHarness.persona(Behaviour.ANSWER, 100, 600_000))).withSpeed(10)
                .withAgents(Agents.noAnswer());
        try (SimulatedPbx pbx = SimulatedPbx.start(options);
             AmiDialer dialer = new AmiDialer(SimHarness.settings(pbx, SimHarness.SECRET)
                     .withTransferTimeout(Duration.ofMillis(300)), DialLimits.uniform(10, 10, 10, 10))) {
            dialer.start();
            DialedCall call = dialer.dial(SimHarness.request("+15550008002"));
            assertThat(call.result().get(10, TimeUnit.SECONDS).answered()).isTrue();

            TransferResult result = dialer.transfer(call.attemptId(), "callbot-transfer", "agents").get(10, TimeUnit.SECONDS);

            assertThat(result.reached()).isFalse();
            assertThat(result.cause()).isEqualTo("the PBX did not report within PT0.3S whether anyone answered");
        }
    }
}
