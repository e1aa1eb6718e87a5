package io.callbot.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loads every section, context and extension of the files in {@code dialplans/} as Asterisk would (Asterisk itself is
 * not installable here: Debian offers only its sound packages, so its own config check cannot run), and checks that
 * they are the drop-ins the README promises: nothing Asterisk would warn about, no {@code [general]} or transport that
 * clashes with an existing PBX, jumps and includes that land, queues and endpoints that exist, and exactly the AMI
 * privileges the robot needs.
 */
@Tag("unit")
class ShippedPbxFilesTest {

    private static final Path DIALPLANS = Path.of("dialplans");

    private static AsteriskConfig shipped(String name) throws IOException {
        AsteriskConfig c = AsteriskConfig.read(DIALPLANS.resolve(name));
        assertThat(c.problems()).as(name).isEmpty();
        return c;
    }

    @ParameterizedTest
    @ValueSource(strings = {"extensions_callbot.conf", "pjsip_callbot.conf", "manager_callbot.conf", "queues_callbot.conf"})
    void dropInsParseCleanlyAndClashWithNothing(String name) throws IOException {
        AsteriskConfig c = shipped(name);
        assertThat(c.sections()).as(name + " has sections").isNotEmpty();
        for (ConfigSection s : c.sections()) {
            assertThat(s.name().toLowerCase(Locale.ROOT)).as(name + ": no settings section of the PBX's own")
                    .isNotIn("general", "globals", "global", "system");
            assertThat(s.name()).as(name + ": every name is callbot's").startsWith("callbot");
            assertThat(s.value("type").orElse("")).as(name + " [" + s.name() + "]: no transport").isNotEqualTo("transport");
        }
        String text = Files.readString(DIALPLANS.resolve(name));
        assertThat(text).doesNotContain("CDR(accountcode)").doesNotContain("transport=").doesNotContain("#exec");
    }

    @Test
    void thePackagedCopiesAreTheFilesInDialplans() throws IOException {
        for (String name : ShippedPbxConfig.DROP_INS) {
            try (InputStream in = ShippedPbxConfig.class.getResourceAsStream("/dialplans/" + name)) {
                assertThat(in).as(name + " on the class path").isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(Files.readString(DIALPLANS.resolve(name)));
            }
        }
    }

    @Test
    void everyContextAndExtensionLoadsAndEveryJumpLands() throws IOException {
        Dialplan d = Dialplan.of(shipped("extensions_callbot.conf"));
        assertThat(d.problems()).isEmpty();
        assertThat(d.contexts().keySet()).containsExactlyInAnyOrder("callbot-outbound", "callbot-transfer",
                "callbot-hangup", "callbot-inbound", "callbot-test");
        for (DialplanContext c : d.contexts().values()) {
            assertThat(c.extensions()).as(c.name()).isNotEmpty();
            for (DialplanExtension e : c.extensions()) {
                List<Integer> expected = new ArrayList<>();
                for (int p = 1; p <= e.priorities().size(); p++) {
                    expected.add(p);
                }
                assertThat(e.priorities().keySet()).as("%s,%s runs 1, 2, ... without a gap (a gap ends the call)",
                        c.name(), e.name()).containsExactlyElementsOf(expected);
            }
        }
        assertThat(d.unresolvedJumps()).isEmpty();
        assertThat(d.missingIncludes()).isEmpty();
        assertThat(d.find("callbot-outbound", "s", 2).orElseThrow().step().data())
                .isEqualTo("CHANNEL(accountcode)=${CALLBOT_CAMPAIGN}");
    }

    /** The real Asterisk 22 captures ran the same applications at the same priorities (the CDR line became CHANNEL). */
    @ParameterizedTest
    @ValueSource(strings = {"ami_redirect_invalid_exten.txt", "ami_transfer_queue_answered.txt"})
    void realTranscriptsRanTheseStepsAtThesePriorities(String transcript) throws IOException {
        Dialplan d = Dialplan.of(shipped("extensions_callbot.conf"));
        String text;
        try (InputStream in = getClass().getResourceAsStream("/ami/" + transcript)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int checked = 0;
        for (String block : text.split("\r?\n\r?\n")) {
            if (!block.startsWith("Event: Newexten")) {
                continue;
            }
            String context = field(block, "Context");
            if (!Set.of("callbot-outbound", "callbot-hangup").contains(context)) {
                continue;
            }
            DialplanStep step = d.find(context, field(block, "Exten"), Integer.parseInt(field(block, "Priority")))
                    .orElseThrow().step();
            assertThat(step.application()).as(block).isEqualTo(field(block, "Application"));
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void theAmiUserHasExactlyTheRobotsPrivileges() throws IOException {
        AsteriskConfig c = shipped("manager_callbot.conf");
        List<ManagerUser> users = ManagerUser.all(c);
        assertThat(users).hasSize(1);
        ManagerUser u = users.get(0);
        assertThat(u.read()).containsExactlyInAnyOrder(AmiClass.CALL, AmiClass.USER, AmiClass.DIALPLAN,
                AmiClass.ORIGINATE, AmiClass.REPORTING);
        assertThat(u.write()).containsExactlyInAnyOrder(AmiClass.CALL, AmiClass.ORIGINATE, AmiClass.REPORTING)
                .doesNotContain(AmiClass.SYSTEM, AmiClass.COMMAND);
        ConfigSection s = c.sections().get(0);
        assertThat(s.value("read")).contains("call,user,dialplan,originate,reporting");
        assertThat(s.value("write")).contains("call,originate,reporting");
        assertThat(s.value("deny")).contains("0.0.0.0/0.0.0.0");
        ManagerUser packaged = ShippedPbxConfig.get().managerUser();
        assertThat(packaged.read()).isEqualTo(u.read());
        assertThat(packaged.write()).isEqualTo(u.write());
    }

    @Test
    void theQueueTheDialplanUsesExistsAndItsMembersAreShippedEndpoints() throws IOException {
        Dialplan d = Dialplan.of(shipped("extensions_callbot.conf"));
        List<AsteriskQueue> queues = AsteriskQueue.all(shipped("queues_callbot.conf"));
        AsteriskConfig pjsip = shipped("pjsip_callbot.conf");
        List<String> used = new ArrayList<>();
        d.contexts().values().forEach(c -> c.extensions().forEach(e -> e.priorities().values().stream()
                .filter(s -> s.application().equals("Queue")).forEach(s -> used.add(s.data().split(",")[0]))));
        assertThat(used).containsExactly("callbot-agents");
        assertThat(queues).extracting(AsteriskQueue::name).containsExactly("callbot-agents");
        AsteriskQueue agents = queues.get(0);
        assertThat(agents.members()).isNotEmpty();
        assertThat(agents.joinEmpty()).contains("unavailable");
        for (String member : agents.members()) {
            assertThat(member).startsWith("PJSIP/");
            assertThat(pjsip.section(member.substring(6), "endpoint")).as(member).isPresent();
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "endpoint, auth,          auth",
        "endpoint, outbound_auth, auth",
        "endpoint, aors,          aor",
        "identify, endpoint,      endpoint"})
    void pjsipReferencesPointAtSectionsOfTheRightType(String type, String key, String targetType) throws IOException {
        AsteriskConfig pjsip = shipped("pjsip_callbot.conf");
        int seen = 0;
        for (ConfigSection s : pjsip.sections()) {
            if (s.template() || !s.value("type").map(type::equals).orElse(false) || s.value(key).isEmpty()) {
                continue;
            }
            for (String ref : s.value(key).get().split(",")) {
                assertThat(pjsip.section(ref.strip(), targetType)).as("[%s] %s=%s", s.name(), key, ref).isPresent();
                seen++;
            }
        }
        assertThat(seen).isPositive();
    }

    @Test
    void everyEndpointContextIsInTheDialplan() throws IOException {
        Dialplan d = Dialplan.of(shipped("extensions_callbot.conf"));
        for (ConfigSection s : shipped("pjsip_callbot.conf").sections()) {
            if (s.value("type").map("endpoint"::equals).orElse(false)) {
                assertThat(d.context(s.value("context").orElseThrow())).as("[%s] context", s.name()).isPresent();
            }
        }
    }

    @Test
    void amdConfAndTheDockerSoftphoneDialplanLoad() throws IOException {
        assertThat(shipped("amd.conf").sections()).extracting(ConfigSection::name).containsExactly("general");
        Dialplan docker = Dialplan.read(Path.of("docker/asterisk/extensions_softphone.conf"));
        assertThat(docker.problems()).isEmpty();
        assertThat(docker.exists("callbot-docker-softphone", "7000", 1)).isTrue();
    }

    private static String field(String block, String name) {
        for (String line : block.split("\r?\n")) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2);
            }
        }
        throw new AssertionError(name + " missing in " + block);
    }
}
