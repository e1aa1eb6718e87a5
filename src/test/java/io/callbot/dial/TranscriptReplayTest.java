package io.callbot.dial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dialer (with Asterisk-Java's real parser) fed the exact event streams a real Asterisk 22.10.1 sent
 * (src/test/resources/ami, copied from shared/asterisk-22-ami), in their real, varying orders.
 */
@Tag("unit")
class TranscriptReplayTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
        "ami_audiosocket.txt,   ANSWERED,  16, null,    false, null",
        "ami_agi.txt,           ANSWERED,  16, null,    false, null",
        "ami_customer_bye.txt,  ANSWERED,  0,  null,    false, null",
        "ami_amd_human.txt,     ANSWERED,  16, HUMAN,   true,  null",
        "ami_amd_machine.txt,   VOICEMAIL,   16, MACHINE, true,  null",
        "ami_486.txt,           BUSY,      17, null,    false, 486",
        "ami_603.txt,           REJECTED,  21, null,    false, 603",
        "ami_480.txt,           NO_ANSWER, 19, null,    false, 480",
        "ami_noanswer.txt,      NO_ANSWER, 19, null,    false, 480",
        "ami_unreachable.txt,   NO_ANSWER, 18, null,    false, 408"})
    void realTranscriptGivesTheDocumentedResult(String transcript, ResultKind outcome, int endCause, String amd,
                                                boolean detectMachine, Integer sipCode) throws Exception {
        try (TranscriptReplayServer server = new TranscriptReplayServer(transcript);
             AmiDialer dialer = new AmiDialer(AmiSettings.of("127.0.0.1", server.port(), "robot", "pw"),
                     DialLimits.uniform(10, 10, 10, 10))) {
            dialer.start();
            DialRequest req = new DialRequest(UUID.randomUUID(), "c1", "t1", "customer", "+4930123456",
                    "PJSIP/{trunk}", "\"Robot\" <4930123456>", Duration.ofSeconds(8), "robot", "audiosocket",
                    "127.0.0.1:9092", detectMachine);
            DialedCall call = dialer.dial(req);

            CallResult result = call.result().get(20, TimeUnit.SECONDS);
            CallEnd end = call.ended().get(20, TimeUnit.SECONDS);

            assertThat(result.kind()).isEqualTo(outcome);
            assertThat(result.amdStatus()).isEqualTo(amd);
            assertThat(result.sipCode()).as("TechCause").isEqualTo(sipCode);
            assertThat(end.cause()).isEqualTo(endCause);
            assertThat(end.known()).isTrue();
        }
    }
}
