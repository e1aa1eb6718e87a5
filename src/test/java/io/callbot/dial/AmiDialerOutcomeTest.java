package io.callbot.dial;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.sim.Behaviour;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.SimulatedPbx;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AmiDialer against the simulated PBX over a real socket: each customer behaviour gives the right CallResult. */
class AmiDialerOutcomeTest {

    private static SimulatedPbx pbx;
    private static AmiDialer dialer;

    @BeforeAll
    static void start() throws Exception {
        PersonaBook book = PersonaBook.always(SimHarness.persona(Behaviour.ANSWER, 500, 1000));
        int n = 1;
        for (Behaviour b : Behaviour.values()) {
            book.assign(String.format("+1555000%04d", n++), SimHarness.persona(b, 500, 1000));
        }
        pbx = SimHarness.pbx(book, 10);
        dialer = SimHarness.dialer(pbx, DialLimits.uniform(50, 50, 50, 50));
    }

    @AfterAll
    static void stop() {
        dialer.close();
        pbx.close();
    }

    @ParameterizedTest(name = "{0} -> {1} cause {2}")
    @CsvSource(nullValues = "null", value = {
        "ANSWER,                  ANSWERED,       16,   false",
        "HANGUP_MID_CALL,         ANSWERED,       0,    false",
        "MACHINE,                 VOICEMAIL,        16,   true",
        "BUSY,                    BUSY,           17,   false",
        "DECLINE,                 REJECTED,       21,   false",
        "TEMPORARILY_UNAVAILABLE, NO_ANSWER,      19,   false",
        "NO_ANSWER,               NO_ANSWER,      19,   false",
        "UNREACHABLE,             NO_ANSWER,      18,   false",
        "INVALID_NUMBER,          INVALID_NUMBER, null, false",
        "CONGESTION,              CONGESTION,     34,   false",
        "INCOMPATIBLE,            FAILED,         58,   false"})
    void behaviourBecomesOutcome(Behaviour behaviour, ResultKind outcome, Integer endCause, boolean amd)
            throws Exception {
        String phone = String.format("+1555000%04d", behaviour.ordinal() + 1);
        DialRequest req = SimHarness.request(phone, "c1", "t1", "trunk1", Duration.ofSeconds(3), amd);
        DialedCall call = dialer.dial(req);

        CallResult result = call.result().get(20, TimeUnit.SECONDS);
        CallEnd end = call.ended().get(20, TimeUnit.SECONDS);

        assertThat(result.attemptId()).isEqualTo(req.attemptId());
        assertThat(result.kind()).isEqualTo(outcome);
        assertThat(end.cause()).isEqualTo(endCause);
        assertThat(end.known()).isTrue();
        assertThat(pbx.stats().originatesFor(req.attemptId().toString())).isEqualTo(1);
        if (result.answered()) {
            assertThat(result.timeToAnswer()).isPositive();
            assertThat(end.talkTime()).isPositive();
        } else {
            assertThat(result.cause()).isEqualTo(endCause);
            assertThat(result.timeToAnswer()).isNull();
        }
        if (amd) {
            assertThat(result.amdStatus()).isEqualTo("MACHINE");
        }
    }
}
