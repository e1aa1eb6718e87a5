package io.callbot.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.pbx.AmiClass;
import io.callbot.pbx.ConfigPosition;
import io.callbot.pbx.ManagerUser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The simulated PBX is as strict as Asterisk 22 where the robot can get things wrong: the shipped AMI user's
 * privileges, Originate and Redirect targets checked against the shipped dialplan, events filtered by read class, and
 * a redirected caller's way through [callbot-transfer] reported with the events of the real transcripts.
 */
class SimStrictnessTest {

    private static final Persona TALKER = Persona.of(Behaviour.ANSWER, Duration.ofMillis(100), Duration.ofMinutes(10));

    private static SimulatedPbx pbx(SimOptions options) throws Exception {
        return SimulatedPbx.start(options);
    }

    private static SimOptions shipped() {
        return SimOptions.defaults("callbot", "pw", PersonaBook.always(TALKER)).withSpeed(20);
    }

    /** The shipped configuration, but with the broad read classes the real transcripts were captured with. */
    private static SimOptions readingEverything() {
        ManagerUser shipped = SimPbxConfig.shipped().amiRights();
        ManagerUser reader = new ManagerUser("capture", EnumSet.allOf(AmiClass.class), shipped.write(),
                new ConfigPosition("test", 1, 1));
        return shipped().withPbx(SimPbxConfig.shipped().withAmiRights(reader));
    }

    private static RawAmiClient login(SimulatedPbx pbx) throws Exception {
        RawAmiClient c = new RawAmiClient(pbx.port());
        c.send("Action: Login", "ActionID: login", "Username: callbot", "Secret: pw");
        assertThat(c.response().get("Message")).isEqualTo("Authentication accepted");
        return c;
    }

    @Test
    void actionsOutsideTheShippedWriteClassesAreRefusedAsAsterisk22RefusesThem() throws Exception {
        List<AmiFrame> expected = responses("ami_permission_denied.txt");
        try (SimulatedPbx pbx = pbx(shipped()); RawAmiClient c = login(pbx)) {
            c.send("Action: Command", "ActionID: command-core-show-version", "Command: core show version");
            assertSame(c.response(), expected.get(0));
            c.send("Action: ModuleLoad", "ActionID: moduleload-res-agi", "Module: res_agi.so", "LoadType: load");
            assertSame(c.response(), expected.get(1));
            c.send("Action: CoreSettings", "ActionID: coresettings");
            assertSame(c.response(), expected.get(2));
        }
    }

    @Test
    void listCommandsListsExactlyWhatTheShippedUserMayUse() throws Exception {
        try (SimulatedPbx pbx = pbx(shipped()); RawAmiClient c = login(pbx)) {
            c.send("Action: ListCommands", "ActionID: lc");
            AmiFrame list = c.response();
            List<String> actions = list.fields().stream().map(AmiFrame.Field::name)
                    .filter(n -> !Set.of("Response", "ActionID").contains(n)).toList();
            assertThat(actions).contains("Originate", "Redirect", "Hangup", "CoreShowChannels", "CoreSettings", "Ping")
                    .doesNotContain("Command", "ModuleLoad", "Reload", "UserEvent");
            assertThat(list.get("Originate")).isEqualTo("Originate a call. (Priv: originate,all)");
        }
    }

    @Test
    void originateToAnExtensionTheDialplanLacksIsRefusedAtOnce() throws Exception {
        AmiFrame expected = responses("ami_originate_invalid_exten.txt").get(0);
        try (SimulatedPbx pbx = pbx(shipped()); RawAmiClient c = login(pbx)) {
            String uuid = "4f6b0a8e-3c2d-4b1a-9e8f-7d6c5b4a3921";
            c.send("Action: Originate", "ActionID: callbot-" + uuid, "Channel: PJSIP/+15550001@trunk",
                    "Context: robot", "Exten: audiosocket", "Priority: 1", "Async: true", "ChannelId: " + uuid);
            assertSame(c.response(), expected);
            assertThat(pbx.stats().originatesFor(uuid)).as("no call was placed").isZero();
            c.send("Action: Ping", "ActionID: after");
            AmiFrame next = c.next();
            assertThat(next.get("Event")).as("no OriginateResponse or channel event follows").isNull();
            assertThat(next.get("Ping")).isEqualTo("Pong");
        }
    }

    @Test
    void eventsOutsideTheUsersReadClassesAreNotDelivered() throws Exception {
        ManagerUser callOnly = new ManagerUser("callbot", EnumSet.of(AmiClass.CALL), SimPbxConfig.shipped().amiRights()
                .write(), new ConfigPosition("test", 1, 1));
        Persona brief = Persona.of(Behaviour.ANSWER, Duration.ofMillis(100), Duration.ofMillis(500));
        SimOptions options = SimOptions.defaults("callbot", "pw", PersonaBook.always(brief)).withSpeed(20);
        try (SimulatedPbx pbx = pbx(options.withPbx(SimPbxConfig.shipped().withAmiRights(callOnly)));
             RawAmiClient c = login(pbx)) {
            List<AmiFrame> events = originateAndAnswer(c, "CALLBOT_AMD=1");
            events.addAll(untilHangupOf(c, uuidOf(events)));
            assertThat(events).extracting(f -> f.get("Privilege")).allMatch(p -> p.startsWith("call,"));
            assertThat(events).extracting(AmiFrame::kind).doesNotContain("VarSet", "UserEvent", "FullyBooted");
        }
    }

    @Test
    void redirectToAMissingExtensionSucceedsThenTheChannelHangsUpAsTheRealTranscriptShows() throws Exception {
        List<AmiFrame> real = afterRedirect(transcript("ami_redirect_invalid_exten.txt"), "SoftHangupRequest");
        try (SimulatedPbx pbx = pbx(readingEverything()); RawAmiClient c = login(pbx)) {
            String uuid = uuidOf(originateAndAnswer(c, "CALLBOT_AMD=0"));
            c.send("Action: Redirect", "ActionID: r", "Channel: " + uuid, "Context: callbot-transfer",
                    "Exten: PJSIP/support-queue", "Priority: 1");
            List<AmiFrame> events = new ArrayList<>();
            assertThat(c.response(events).get("Message")).isEqualTo("Redirect successful");
            events.addAll(untilHangupOf(c, uuid));
            List<AmiFrame> simulated = afterRedirect(events, "SoftHangupRequest");
            assertThat(kinds(simulated)).isEqualTo(kinds(real));
            AmiFrame hangup = simulated.stream().filter(f -> "Hangup".equals(f.kind())).findFirst().orElseThrow();
            AmiFrame realHangup = real.stream().filter(f -> "Hangup".equals(f.kind())).findFirst().orElseThrow();
            for (String field : List.of("Cause", "Cause-txt", "Context", "Exten", "Priority", "ChannelStateDesc")) {
                assertThat(hangup.get(field)).as(field).isEqualTo(realHangup.get(field));
            }
            assertThat(pbx.liveCallIds()).isEmpty();
        }
    }

    @Test
    void redirectToTheAgentsQueueBridgesAnAgentWithTheRealTranscriptsEvents() throws Exception {
        List<AmiFrame> real = transferPart(transcript("ami_transfer_queue_answered.txt"));
        try (SimulatedPbx pbx = pbx(readingEverything()); RawAmiClient c = login(pbx)) {
            String uuid = uuidOf(originateAndAnswer(c, "CALLBOT_AMD=0"));
            c.send("Action: Redirect", "ActionID: r", "Channel: " + uuid, "Context: callbot-transfer",
                    "Exten: agents", "Priority: 1");
            List<AmiFrame> events = new ArrayList<>();
            assertThat(c.response(events).get("Message")).isEqualTo("Redirect successful");
            events.addAll(until(c, "BridgeEnter", "Uniqueid", uuid));
            List<AmiFrame> simulated = transferPart(events);
            assertThat(kinds(simulated)).isEqualTo(kinds(real));
            Map<String, AmiFrame> realByKind = byKind(real);
            byKind(simulated).forEach((kind, s) -> {
                AmiFrame r = realByKind.get(kind);
                assertThat(names(s)).as("field names of %s", kind).isEqualTo(names(r));
                for (String field : List.of("Privilege", "DialStatus", "Queue", "Context", "Application",
                        "ChannelStateDesc", "DestChannelStateDesc", "Count", "BridgeNumChannels")) {
                    if (!field.equals("Context") || !kind.equals("Newexten")) {
                        assertThat(s.get(field)).as("%s %s", kind, field).isEqualTo(r.get(field));
                    }
                }
            });
            AmiFrame dialEnd = simulated.stream().filter(f -> "DialEnd".equals(f.kind())).findFirst().orElseThrow();
            assertThat(dialEnd.get("Uniqueid")).as("the caller's channel dialled the agent").isEqualTo(uuid);
            assertThat(dialEnd.get("DestLinkedid")).isEqualTo(uuid);
        }
    }

    @Test
    void aQueueNoAgentCanTakeTurnsTheCallerAwayWithJoinempty() throws Exception {
        try (SimulatedPbx pbx = pbx(shipped().withAgents(Agents.unavailable())); RawAmiClient c = login(pbx)) {
            String uuid = uuidOf(originateAndAnswer(c, "CALLBOT_AMD=0"));
            c.send("Action: Redirect", "ActionID: r", "Channel: " + uuid, "Context: callbot-transfer",
                    "Exten: agents", "Priority: 1");
            c.response();
            List<AmiFrame> events = untilHangupOf(c, uuid);
            assertThat(variable(events, "QUEUESTATUS")).isEqualTo("JOINEMPTY");
            assertThat(events).extracting(f -> f.get("Application")).contains("Queue", "Playback", "Hangup");
            assertThat(events).extracting(AmiFrame::kind).doesNotContain("DialEnd", "BridgeEnter");
            assertThat(last(events, "Hangup").get("Cause")).isEqualTo("16");
        }
    }

    @Test
    void dialToAnEndpointThePbxDoesNotHaveIsChanunavail() throws Exception {
        try (SimulatedPbx pbx = pbx(shipped()); RawAmiClient c = login(pbx)) {
            String uuid = uuidOf(originateAndAnswer(c, "CALLBOT_AMD=0"));
            c.send("Action: Redirect", "ActionID: r", "Channel: " + uuid, "Context: callbot-transfer",
                    "Exten: pjsip-nobody", "Priority: 1");
            c.response();
            List<AmiFrame> events = untilHangupOf(c, uuid);
            assertThat(variable(events, "DIALSTATUS")).isEqualTo("CHANUNAVAIL");
            assertThat(events).extracting(f -> f.get("AppData")).contains("PJSIP/nobody,30");
        }
    }

    @Test
    void redirectErrorsAreAsterisks() throws Exception {
        try (SimulatedPbx pbx = pbx(shipped()); RawAmiClient c = login(pbx)) {
            c.send("Action: Redirect", "ActionID: 1", "Channel: PJSIP/gone-00000001", "Context: callbot-transfer",
                    "Exten: agents", "Priority: 1");
            assertThat(c.response().get("Message")).isEqualTo("Channel does not exist: PJSIP/gone-00000001");
            c.send("Action: Redirect", "ActionID: 2", "Channel: PJSIP/gone-00000001", "Context: callbot-transfer",
                    "Priority: 1");
            assertThat(c.response().get("Message")).isEqualTo("Exten not specified");
        }
    }

    // ---- helpers ----

    /** Originates to the shipped [callbot-outbound] and returns the events up to OriginateResponse Success. */
    private static List<AmiFrame> originateAndAnswer(RawAmiClient c, String amd) throws Exception {
        String uuid = UUID.randomUUID().toString();
        c.send("Action: Originate", "ActionID: o-" + uuid, "Channel: PJSIP/+15550001@trunk", "Context: callbot-outbound",
                "Exten: s", "Priority: 1", "Timeout: 30000", "CallerID: \"Acme Shop\" <+14155550100>", "Async: true",
                "ChannelId: " + uuid, "Variable: CALLBOT_ATTEMPT=" + uuid, "Variable: " + amd,
                "Variable: CALLBOT_MEDIA=127.0.0.1:1");
        assertThat(c.response().get("Message")).isEqualTo("Originate successfully queued");
        List<AmiFrame> events = until(c, "OriginateResponse", "Uniqueid", uuid);
        assertThat(events.get(events.size() - 1).get("Response")).isEqualTo("Success");
        return events;
    }

    private static String uuidOf(List<AmiFrame> events) {
        return events.get(events.size() - 1).get("Uniqueid");
    }

    /** Events up to and including the first of {@code kind} whose {@code field} is {@code value}. */
    private static List<AmiFrame> until(RawAmiClient c, String kind, String field, String value) throws Exception {
        List<AmiFrame> events = new ArrayList<>();
        AmiFrame f;
        do {
            f = c.next();
            assertThat(f).as("connection open while waiting for " + kind).isNotNull();
            if (f.get("Event") != null) {
                events.add(f);
            }
        } while (!(kind.equals(f.get("Event")) && value.equals(f.get(field))));
        return events;
    }

    private static List<AmiFrame> untilHangupOf(RawAmiClient c, String uuid) throws Exception {
        return until(c, "Hangup", "Uniqueid", uuid);
    }

    /** Real transcript events from the one {@code first} names onwards, per-call noise (VarSet) left out. */
    private static List<AmiFrame> afterRedirect(List<AmiFrame> events, String first) {
        int from = 0;
        while (!first.equals(events.get(from).kind())) {
            from++;
        }
        return withoutNoise(events.subList(from, events.size()), Set.of());
    }

    /**
     * The part of a stream from the caller's first step in [callbot-transfer] to the caller's BridgeEnter, keeping
     * the events the robot and the comparison care about (the agent's own channel events are device details).
     */
    private static List<AmiFrame> transferPart(List<AmiFrame> events) {
        List<AmiFrame> kept = new ArrayList<>();
        boolean in = false;
        for (AmiFrame f : events) {
            in |= "Newexten".equals(f.kind()) && "callbot-transfer".equals(f.get("Context"));
            if (in && Set.of("Newexten", "QueueCallerJoin", "AgentCalled", "DialBegin", "DialState", "DialEnd",
                    "QueueCallerLeave", "AgentConnect", "BridgeCreate", "BridgeEnter").contains(f.kind())
                    && !("Newexten".equals(f.kind()) && !"callbot-transfer".equals(f.get("Context")))) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static List<AmiFrame> withoutNoise(List<AmiFrame> events, Set<String> alsoDrop) {
        return events.stream().filter(f -> f.get("Event") != null && !"VarSet".equals(f.kind())
                && !alsoDrop.contains(f.kind()) && !"DeviceStateChange".equals(f.kind())).toList();
    }

    private static List<String> kinds(List<AmiFrame> events) {
        return withoutNoise(events, Set.of()).stream().map(AmiFrame::kind).toList();
    }

    private static Map<String, AmiFrame> byKind(List<AmiFrame> events) {
        Map<String, AmiFrame> map = new LinkedHashMap<>();
        events.forEach(f -> map.put(f.kind(), f));
        return map;
    }

    private static List<String> names(AmiFrame f) {
        return f.fields().stream().map(AmiFrame.Field::name).toList();
    }

    private static String variable(List<AmiFrame> events, String name) {
        return events.stream().filter(f -> "VarSet".equals(f.kind()) && name.equals(f.get("Variable")))
                .reduce((a, b) -> b).map(f -> f.get("Value")).orElse(null);
    }

    private static AmiFrame last(List<AmiFrame> events, String kind) {
        return events.stream().filter(f -> kind.equals(f.kind())).reduce((a, b) -> b).orElseThrow();
    }

    private static void assertSame(AmiFrame simulated, AmiFrame real) {
        assertThat(simulated.fields()).isEqualTo(real.fields());
    }

    /** The responses (not events) of a transcript after the login's. */
    private static List<AmiFrame> responses(String name) throws Exception {
        return transcript(name).stream().filter(f -> f.get("Event") == null && f.get("ActionID") != null).toList();
    }

    private static List<AmiFrame> transcript(String name) throws Exception {
        try (InputStream in = SimStrictnessTest.class.getResourceAsStream("/ami/" + name)) {
            return AmiFrameReader.parseAll(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
