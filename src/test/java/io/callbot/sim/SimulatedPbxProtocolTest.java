package io.callbot.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated PBX's AMI answers as Asterisk 22 does: banner, MD5 challenge login, version, lists, errors, and the
 * shipped AMI user's privileges (dialplans/manager_callbot.conf) enforced.
 */
class SimulatedPbxProtocolTest {

    private SimulatedPbx pbx;

    @BeforeEach
    void start() throws Exception {
        PersonaBook book = PersonaBook.always(Persona.of(Behaviour.ANSWER, Duration.ofMillis(100), Duration.ofSeconds(60)));
        pbx = SimulatedPbx.start(SimOptions.defaults("robot", "pw", book).withSpeed(10));
    }

    @AfterEach
    void stop() {
        pbx.close();
    }

    @Test
    void md5ChallengeLoginThenVersionQueries() throws Exception {
        try (RawAmiClient c = new RawAmiClient(pbx.port())) {
            assertThat(c.banner).isEqualTo("Asterisk Call Manager/11.0.0");
            c.send("Action: Challenge", "ActionID: 1", "AuthType: MD5");
            AmiFrame challenge = c.response();
            assertThat(challenge.get("Response")).isEqualTo("Success");
            assertThat(challenge.get("ActionID")).isEqualTo("1");
            String key = AmiSession.md5Hex(challenge.get("Challenge") + "pw");
            c.send("Action: Login", "ActionID: 2", "Username: robot", "AuthType: MD5", "Key: " + key);
            assertThat(c.response().get("Message")).isEqualTo("Authentication accepted");
            c.send("Action: CoreSettings", "ActionID: 3");
            assertThat(c.response().get("AsteriskVersion")).isEqualTo("22.10.1");
            c.send("Action: Command", "ActionID: 4", "Command: core show version");
            AmiFrame denied = c.response();
            assertThat(denied.get("Response")).as("the shipped user has no command write").isEqualTo("Error");
            assertThat(denied.get("Message")).isEqualTo("Permission denied");
            c.send("Action: Ping", "ActionID: 5");
            assertThat(c.response().get("Ping")).isEqualTo("Pong");
            c.send("Action: Frobnicate", "ActionID: 6");
            AmiFrame err = c.response();
            assertThat(err.get("Response")).isEqualTo("Error");
            assertThat(err.get("Message")).contains("Invalid/unknown command");
            c.send("Action: Logoff", "ActionID: 7");
            assertThat(c.response().get("Response")).isEqualTo("Goodbye");
        }
    }

    @Test
    void wrongKeyIsRefusedAndActionsNeedLogin() throws Exception {
        try (RawAmiClient c = new RawAmiClient(pbx.port())) {
            c.send("Action: Originate", "ActionID: 0", "Channel: PJSIP/x");
            assertThat(c.response().get("Message")).as("Asterisk 22 before a login").isEqualTo("Permission denied");
            c.send("Action: Challenge", "ActionID: 1", "AuthType: MD5");
            c.response();
            c.send("Action: Login", "ActionID: 2", "Username: robot", "AuthType: MD5", "Key: 00000000000000000000000000000000");
            AmiFrame refused = c.response();
            assertThat(refused.get("Response")).isEqualTo("Error");
            assertThat(refused.get("Message")).isEqualTo("Authentication failed");
            assertThat(c.next()).as("connection closed after a refused login").isNull();
        }
    }

    @Test
    void coreShowChannelsListsLiveCallsAndHangupEndsThem() throws Exception {
        try (RawAmiClient c = new RawAmiClient(pbx.port())) {
            c.send("Action: Login", "ActionID: 1", "Username: robot", "Secret: pw");
            c.response();
            c.send("Action: Originate", "ActionID: 2", "Channel: PJSIP/+15550001@trunk", "Context: callbot-outbound", "Exten: s",
                    "Priority: 1", "Timeout: 30000", "CallerID: \"Robot\" <4930>", "Async: true",
                    "ChannelId: 11111111-2222-3333-4444-555555555555", "Variable: CALLBOT_MEDIA=127.0.0.1:1");
            assertThat(c.response().get("Message")).isEqualTo("Originate successfully queued");
            AmiFrame f;
            do {
                f = c.next();
            } while (!"OriginateResponse".equals(f.get("Event")));
            assertThat(f.get("Response")).isEqualTo("Success");
            assertThat(f.get("Reason")).isEqualTo("4");
            assertThat(f.get("ActionID")).isEqualTo("2");

            c.send("Action: CoreShowChannels", "ActionID: 3");
            assertThat(c.response().get("EventList")).isEqualTo("start");
            AmiFrame entry = c.next();
            assertThat(entry.get("Event")).isEqualTo("CoreShowChannel");
            assertThat(entry.get("ActionID")).isEqualTo("3");
            assertThat(entry.get("Uniqueid")).isEqualTo("11111111-2222-3333-4444-555555555555");
            assertThat(entry.get("ChannelStateDesc")).isEqualTo("Up");
            AmiFrame complete = c.next();
            assertThat(complete.get("Event")).isEqualTo("CoreShowChannelsComplete");
            assertThat(complete.get("ListItems")).isEqualTo("1");

            c.send("Action: Redirect", "ActionID: 4", "Channel: " + entry.get("Channel"), "Context: callbot-transfer",
                    "Exten: agents", "Priority: 1");
            assertThat(c.response().get("Message")).isEqualTo("Redirect successful");
            assertThat(pbx.redirectedTo("11111111-2222-3333-4444-555555555555")).isEqualTo("callbot-transfer,agents");

            c.send("Action: Hangup", "ActionID: 5", "Channel: " + entry.get("Channel"));
            assertThat(c.response().get("Message")).isEqualTo("Channel Hungup");
            do {
                f = c.next();
            } while (!"Hangup".equals(f.get("Event")));
            assertThat(f.get("Cause")).isEqualTo("16");
            assertThat(f.get("Cause-txt")).isEqualTo("Normal Clearing");
            assertThat(pbx.liveCallIds()).isEmpty();
        }
    }
}
