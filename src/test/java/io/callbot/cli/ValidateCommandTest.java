package io.callbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code callbot validate} run in-process: exit codes and what it prints. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String base() throws IOException {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream("/campaign/base.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void exampleCampaignsAreValid() {
        assertThat(run("validate", "campaigns/")).isZero();
        assertThat(out.toString()).contains("ok      campaigns/delivery-notice.yaml  (id delivery-notice, version ")
                .contains("3 campaign file(s) checked: 3 valid, 0 invalid, 0 error(s)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void explainSaysWhatEachListeningStateHears() throws IOException {
        assertThat(run("validate", "--explain", "campaigns/winback-coupon.yaml")).isZero();
        assertThat(out.toString()).contains("  intent library: en (yes, no, opt_out,")
                .contains("  greeting listens for:")
                .contains("    yes                library yes: accepts or agrees")
                .contains("    opt_out            global, library opt_out: wants no more calls")
                .contains("+ 6 own phrase(s); keys 9")
                .contains("    opt-out words heard only in part are confirmed with the engine's question")
                .contains("    a yes heard only in part is confirmed with the engine's question")
                .containsPattern("recognizer grammar: \\d+ words and phrases");
    }

    @Test
    void oneBadFileAmongGoodOnesFailsAndPrintsEveryError() throws IOException {
        Files.writeString(dir.resolve("good.yaml"), base());
        Files.writeString(dir.resolve("other.yaml"), base().replace("id: test-campaign", "id: other"));
        Files.writeString(dir.resolve("bad.yaml"), base().replace("id: test-campaign", "id: bad")
                .replace("max_concurrent: 5", "max_concurrent: -1").replace("to: \"18:00\"", "to: \"25:00\""));
        assertThat(run("validate", dir.toString())).isEqualTo(1);
        Path bad = dir.resolve("bad.yaml");
        assertThat(err.toString().lines()).containsExactly(
                bad + ":20:9: schedule.window.to: must be a time HH:MM between 00:00 and 23:59, was '25:00'",
                bad + ":25:19: dial.max_concurrent: must be > 0, was -1");
        assertThat(out.toString()).contains("ok      " + dir.resolve("good.yaml"))
                .contains("3 campaign file(s) checked: 2 valid, 1 invalid, 2 error(s)");
    }

    @Test
    void singleFileArgument() throws IOException {
        Path file = dir.resolve("one.yaml");
        Files.writeString(file, base());
        assertThat(run("validate", file.toString())).isZero();
        assertThat(out.toString()).contains("1 campaign file(s) checked: 1 valid");
    }

    @Test
    void missingPathAndEmptyDirectoryFail() throws IOException {
        assertThat(run("validate", dir.resolve("nope").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(dir.resolve("nope") + ": no such file or directory");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(run("validate", empty.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(empty + ": no *.yaml campaign files found");
    }

    @Test
    void aTransferTargetIsCheckedAgainstTheShippedDialplanOrThePbxsCopy() throws IOException {
        Path campaigns = Files.createDirectory(dir.resolve("campaigns"));
        Path file = campaigns.resolve("sales.yaml");
        Files.writeString(file, base().replace("transfer_to: \"PJSIP/agents\"", "transfer_to: sales"));
        assertThat(run("validate", campaigns.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith(file + ":63:20: dialog.states.agent.transfer_to: 'sales' is not resolved "
                + "by [callbot-transfer] of dialplans/extensions_callbot.conf");

        // the PBX's copy: the shipped file plus a sales queue target, its #include read from its directory
        Path etc = Files.createDirectory(dir.resolve("etc"));
        Files.copy(Path.of("dialplans/extensions_callbot.conf"), etc.resolve("extensions_callbot.conf"));
        Files.writeString(etc.resolve("extensions.conf"), "#include extensions_callbot.conf\n"
                + "[callbot-transfer](+)\nexten => sales,1,Queue(sales,t,,,300)\n same => n,Hangup(16)\n");
        err.getBuffer().setLength(0);
        assertThat(run("validate", "--dialplan", etc.resolve("extensions.conf").toString(), campaigns.toString()))
                .as(err.toString()).isZero();

        Files.writeString(etc.resolve("broken.conf"), "[callbot-transfer]\nexten => sales,n,Queue(sales)\n");
        err.getBuffer().setLength(0);
        assertThat(run("validate", "--dialplan", etc.resolve("broken.conf").toString(), campaigns.toString()))
                .isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                etc.resolve("broken.conf") + ":2:1: Can't use 'n' priority on the first entry",
                file + ":63:20: dialog.states.agent.transfer_to: 'sales' is not resolved by [callbot-transfer] of "
                        + etc.resolve("broken.conf") + ": the robot would send the caller to extension 'sales' there, "
                        + "which no extension or pattern matches, and Asterisk would hang up; it resolves nothing (the "
                        + "context has no extensions) (add an extension for this target to the dialplan, or use one of those)");
    }

    @Test
    void theSpeechModelIsCheckedOnlyWhenTheServersModelIsGiven() throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, base());
        assertThat(run("validate", file.toString())).as(err.toString()).isZero();
        assertThat(run("validate", "--asr-model", "vosk-model-en-us", file.toString())).as(err.toString()).isZero();

        assertThat(run("validate", "--asr-model", "vosk-model-en-us-0.22-lgraph", file.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith(file + ":36:14: voice.asr_model: 'vosk-model-en-us' is not a speech "
                + "model this server has: it has vosk-model-en-us-0.22-lgraph");
    }

    @Test
    void helpExplainsTheCommand() {
        assertThat(run("validate", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: callbot validate").contains("Exit code 0 when every file is valid");
    }
}
