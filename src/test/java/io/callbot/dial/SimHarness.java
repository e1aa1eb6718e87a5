package io.callbot.dial;

import io.callbot.sim.Behaviour;
import io.callbot.sim.Persona;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.SimOptions;
import io.callbot.sim.SimulatedPbx;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

/** Test helpers: a simulated PBX on port 0 and dialers and requests pointed at it. Not thread-safe. */
final class SimHarness {

    static final String USER = "callbot";
    static final String SECRET = "s3cret-do-not-log";

    private SimHarness() {
    }

    static SimulatedPbx pbx(PersonaBook book, double speed) throws IOException {
        return SimulatedPbx.start(SimOptions.defaults(USER, SECRET, book).withSpeed(speed));
    }

    static AmiSettings settings(SimulatedPbx pbx, String secret) {
        return AmiSettings.of("127.0.0.1", pbx.port(), USER, secret)
                .withLoginBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
    }

    static AmiDialer dialer(SimulatedPbx pbx, DialLimits limits) {
        AmiDialer d = new AmiDialer(settings(pbx, SECRET), limits);
        d.start();
        return d;
    }

    static DialRequest request(String phone, String campaign, String tenant, String trunk, Duration ring, boolean amd) {
        return new DialRequest(UUID.randomUUID(), campaign, tenant, trunk, phone, "PJSIP/{phone}@{trunk}",
                "\"Robot\" <4930123456>", ring, "callbot-outbound", "s", "127.0.0.1:9092", amd);
    }

    static DialRequest request(String phone) {
        return request(phone, "c1", "t1", "trunk1", Duration.ofSeconds(8), false);
    }

    static Persona persona(Behaviour b, long answerMs, long talkMs) {
        return Persona.of(b, Duration.ofMillis(answerMs), Duration.ofMillis(talkMs));
    }
}
