package io.callbot.dial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callbot.pbx.AmiClass;
import io.callbot.pbx.ConfigPosition;
import io.callbot.pbx.ManagerUser;
import io.callbot.sim.Behaviour;
import io.callbot.sim.PersonaBook;
import io.callbot.sim.SimOptions;
import io.callbot.sim.SimPbxConfig;
import io.callbot.sim.SimulatedPbx;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The whole dialer (login and version check, Originate, answer, answering-machine verdict, transfer, hang-up, the
 * channel list after a reconnect) against a simulated PBX that enforces exactly the AMI privileges of
 * dialplans/manager_callbot.conf, as Asterisk 22 does; and what the robot logs when the user has less, or more.
 */
class DialerPrivilegesTest {

    private static final PersonaBook TALKER = PersonaBook.always(SimHarness.persona(Behaviour.ANSWER, 100, 600_000));

    private static SimulatedPbx pbx(ManagerUser rights) throws Exception {
        SimOptions options = SimOptions.defaults(SimHarness.USER, SimHarness.SECRET, TALKER).withSpeed(10);
        return SimulatedPbx.start(rights == null ? options : options.withPbx(SimPbxConfig.shipped().withAmiRights(rights)));
    }

    private static ManagerUser writing(AmiClass... write) {
        return new ManagerUser("callbot", SimPbxConfig.shipped().amiRights().read(), EnumSet.of(write[0], write),
                new ConfigPosition("test", 1, 1));
    }

    @Test
    void theWholeDialerRunsOnExactlyTheShippedPrivileges() throws Exception {
        try (LogCapture logs = new LogCapture(); SimulatedPbx pbx = pbx(null);
             AmiDialer dialer = SimHarness.dialer(pbx, DialLimits.uniform(10, 10, 10, 10))) {
            DialedCall amd = dialer.dial(SimHarness.request("+15550007001", "c1", "t1", "trunk1", Duration.ofSeconds(8), true));
            assertThat(amd.result().get(10, TimeUnit.SECONDS).amdStatus()).as("AMDResult user event read").isEqualTo("HUMAN");

            DialedCall call = dialer.dial(SimHarness.request("+15550007002"));
            assertThat(call.result().get(10, TimeUnit.SECONDS).kind()).isEqualTo(ResultKind.ANSWERED);
            pbx.dropConnections();
            await().atMost(Duration.ofSeconds(15)).until(() -> logs.lines().stream()
                    .filter(l -> l.contains("may use every action the robot needs")).count() >= 2);
            await().atMost(Duration.ofSeconds(10)).until(() -> dialer.linkState() == LinkState.CONNECTED);
            await().atMost(Duration.ofSeconds(10)).until(() -> logs.lines().stream()
                    .anyMatch(l -> l.contains("call still live after reconnect")));

            assertThat(dialer.transfer(call.attemptId(), "callbot-transfer", "agents").get(10, TimeUnit.SECONDS).reached())
                    .as("Redirect allowed, the agent answered").isTrue();
            dialer.hangup(amd.attemptId()).get(10, TimeUnit.SECONDS);
            assertThat(amd.ended().get(10, TimeUnit.SECONDS).cause()).isEqualTo(16);

            assertThat(logs.lines()).noneMatch(l -> l.contains("refused: needs write class"))
                    .noneMatch(l -> l.contains("Permission denied"))
                    .noneMatch(l -> l.contains("Unable to determine asterisk version"))
                    .noneMatch(l -> l.contains("may not use"));
        }
    }

    @Test
    void aUserWithoutTheNeededWriteClassesIsNamedOnceAtLoginWithWhatBreaks() throws Exception {
        try (LogCapture logs = new LogCapture(); SimulatedPbx pbx = pbx(writing(AmiClass.ORIGINATE));
             AmiDialer dialer = SimHarness.dialer(pbx, DialLimits.uniform(10, 10, 10, 10))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> logs.lines().stream().anyMatch(l -> l.contains("may not use")));
            String warning = logs.lines().stream().filter(l -> l.contains("may not use")).findFirst().orElseThrow();
            assertThat(warning).startsWith("WARN").contains("'callbot' may not use 4 of the actions",
                    "Redirect: transfers to a person fail (needs write = call)", "Hangup:",
                    "CoreShowChannels:", "CoreSettings: Asterisk-Java cannot read the Asterisk version")
                    .doesNotContain("Originate:");
            assertThat(logs.lines()).as("replaced by the line above")
                    .noneMatch(l -> l.contains("Unable to determine asterisk version"));

            DialedCall call = dialer.dial(SimHarness.request("+15550007003"));
            assertThat(call.result().get(10, TimeUnit.SECONDS).kind()).isEqualTo(ResultKind.ANSWERED);
            TransferResult refused = dialer.transfer(call.attemptId(), "callbot-transfer", "agents").get(10, TimeUnit.SECONDS);
            assertThat(refused.reached()).isFalse();
            assertThat(refused.cause()).startsWith("the PBX refused the Redirect").contains("Permission denied");
        }
    }

    @Test
    void aUserAllowedMoreThanTheRobotNeedsIsWarnedAbout() throws Exception {
        try (LogCapture logs = new LogCapture();
             SimulatedPbx pbx = pbx(writing(AmiClass.CALL, AmiClass.ORIGINATE, AmiClass.REPORTING, AmiClass.COMMAND,
                     AmiClass.SYSTEM));
             AmiDialer dialer = SimHarness.dialer(pbx, DialLimits.uniform(10, 10, 10, 10))) {
            await().atMost(Duration.ofSeconds(15)).until(() -> logs.lines().stream()
                    .filter(l -> l.contains("which the robot does not need")).count() == 2);
            assertThat(logs.lines()).anyMatch(l -> l.contains("may use Command: it has write = command"))
                    .anyMatch(l -> l.contains("may use ModuleLoad: it has write = system"))
                    .anyMatch(l -> l.contains("may use every action the robot needs"));
        }
    }
}
