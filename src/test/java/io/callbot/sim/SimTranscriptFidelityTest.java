package io.callbot.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * For each behaviour, the simulated PBX sends the same events, with the same field names and the same cause,
 * reason and dial-status values, as the real Asterisk 22 transcript of that behaviour.
 */
class SimTranscriptFidelityTest {

    /** Events the transcripts' client did not subscribe to (dialplan class) or that are not per call. */
    private static final Set<String> IGNORED = Set.of("VarSet", "FullyBooted");
    private static final List<String> COMPARED_VALUES = List.of("Cause", "Cause-txt", "TechCause", "Response",
            "Reason", "DialStatus", "ChannelState", "ChannelStateDesc", "Status", "UserEvent", "Privilege", "State");

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource({
        "ANSWER,                  ami_audiosocket.txt,  false",
        "HANGUP_MID_CALL,         ami_customer_bye.txt, false",
        "ANSWER,                  ami_amd_human.txt,    true",
        "MACHINE,                 ami_amd_machine.txt,  true",
        "BUSY,                    ami_486.txt,          false",
        "DECLINE,                 ami_603.txt,          false",
        "TEMPORARILY_UNAVAILABLE, ami_480.txt,          false",
        "NO_ANSWER,               ami_noanswer.txt,     false",
        "UNREACHABLE,             ami_unreachable.txt,  false"})
    void simulatedEventsMatchTheRealTranscript(Behaviour behaviour, String transcript, boolean amd) throws Exception {
        Map<String, AmiFrame> real = byKind(untilSettled(transcriptEvents(transcript)));
        Map<String, AmiFrame> simulated = byKind(untilSettled(simulate(behaviour, amd)));

        assertThat(simulated.keySet()).isEqualTo(real.keySet());
        for (String kind : real.keySet()) {
            AmiFrame r = real.get(kind);
            AmiFrame s = simulated.get(kind);
            assertThat(names(s)).as("field names of %s", kind).isEqualTo(names(r));
            for (String field : COMPARED_VALUES) {
                assertThat(s.get(field)).as("%s %s", kind, field).isEqualTo(r.get(field));
            }
        }
    }

    private static List<AmiFrame> simulate(Behaviour behaviour, boolean amd) throws Exception {
        Persona p = Persona.of(behaviour, Duration.ofMillis(1000), Duration.ofMillis(1000));
        try (SimulatedPbx pbx = SimulatedPbx.start(SimOptions.defaults("robot", "pw", PersonaBook.always(p)).withSpeed(20));
             RawAmiClient c = new RawAmiClient(pbx.port())) {
            c.send("Action: Login", "ActionID: 1", "Username: robot", "Secret: pw");
            c.response();
            c.send("Action: Originate", "ActionID: robot-1", "Channel: PJSIP/customer", "Context: callbot-outbound",
                    "Exten: s", "Priority: 1", "Timeout: 8000", "CallerID: \"Robot\" <4930123456>",
                    "Async: true", "ChannelId: " + UUID.randomUUID(), "Variable: CALLBOT_AMD=" + (amd ? "1" : "0"));
            List<AmiFrame> events = new ArrayList<>();
            boolean hangup = false;
            boolean response = false;
            while (!(hangup && response)) {
                AmiFrame f = c.next();
                if (f.get("Event") != null) {
                    events.add(f);
                    hangup |= "Hangup".equals(f.get("Event"));
                    response |= "OriginateResponse".equals(f.get("Event"));
                }
            }
            return events;
        }
    }

    private static List<AmiFrame> transcriptEvents(String name) throws Exception {
        try (InputStream in = SimTranscriptFidelityTest.class.getResourceAsStream("/ami/" + name)) {
            return AmiFrameReader.parseAll(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream()
                    .filter(f -> f.get("Event") != null).toList();
        }
    }

    /** The events up to the moment both Hangup and OriginateResponse have been seen. */
    private static List<AmiFrame> untilSettled(List<AmiFrame> events) {
        List<AmiFrame> kept = new ArrayList<>();
        boolean hangup = false;
        boolean response = false;
        for (AmiFrame f : events) {
            if (hangup && response) {
                break;
            }
            if (!IGNORED.contains(f.get("Event"))) {
                kept.add(f);
            }
            hangup |= "Hangup".equals(f.get("Event"));
            response |= "OriginateResponse".equals(f.get("Event"));
        }
        return kept;
    }

    /** The last event of each kind (Newstate Up rather than Ringing, DeviceStateChange's last state). */
    private static Map<String, AmiFrame> byKind(List<AmiFrame> events) {
        Map<String, AmiFrame> map = new LinkedHashMap<>();
        events.forEach(f -> map.put(f.get("Event"), f));
        return map;
    }

    private static List<String> names(AmiFrame f) {
        return f.fields().stream().map(AmiFrame.Field::name).toList();
    }
}
