package io.callbot.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code callbot simulate --voice}: the scripted answers are spoken by MaryTTS over a real AudioSocket
 * connection, recognized by the real Vosk model, and the winback campaign reaches its accepted outcome.
 */
class SimulateVoiceTest {

    private static String simulate(Path dir, String campaign, String answers, String... more) throws Exception {
        Path script = dir.resolve("answers.txt");
        Files.writeString(script, answers);
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        java.util.List<String> args = new java.util.ArrayList<>(
                java.util.List.of("simulate", campaign, "--script", script.toString(), "--voice"));
        args.addAll(java.util.List.of(more));
        int exit = cmd.execute(args.toArray(String[]::new));
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }

    @Test
    void deliveryRescheduledByKeypressesAfterTheMandatoryDisclosure(@TempDir Path dir) throws Exception {
        String text = simulate(dir, "campaigns/delivery-notice.yaml", "2\n2\n");
        assertThat(text).contains("state path: disclosure > announce > pick_day > rescheduled_monday")
                .contains("outcome: rescheduled_monday")
                .contains("fields set: {delivery_status=reschedule_next_monday}");
    }

    @Test
    void xiaomiFanDeclinesBySpeech(@TempDir Path dir) throws Exception {
        String text = simulate(dir, "campaigns/xiaomi-fans-offer.yaml", "not interested\n");
        assertThat(text).contains("state path: greeting > declined")
                .contains("outcome: declined")
                .containsPattern("you typed: not interested\\R  heard: .+ intent no\\)");
    }

    @Test
    void winbackAcceptedThroughTheRealVoicePipeline(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("answers.txt");
        Files.writeString(script, "yes\nno thanks\n");
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.newCommandLine();
        cmd.setOut(new PrintWriter(out));

        int exit = cmd.execute("simulate", "campaigns/winback-coupon.yaml", "--script", script.toString(), "--voice");

        String text = out.toString();
        assertThat(exit).as(text).isZero();
        assertThat(text).contains("state path: greeting > send_coupon > thanks_goodbye")
                .contains("outcome: coupon_accepted")
                .contains("ended: COMPLETED (media: ROBOT_HANGUP)")
                .contains("tags added: campaign:winback-coupon:accepted")
                .contains("robot: Hi Maria")
                .contains("you typed: yes")
                .contains("you typed: no thanks");
        // what Vosk heard is shown under each typed line, with the intent it matched
        assertThat(text).containsPattern("you typed: yes\\R  heard: .+ intent yes\\)")
                .containsPattern("you typed: no thanks\\R  heard: .+ intent no\\)");
    }

    @Test
    void anotherSynthesizerSpeaksTheCallerOverANoisyPhoneLine(@TempDir Path dir) throws Exception {
        String text = simulate(dir, "campaigns/winback-coupon.yaml", "yes\nno thanks\n", "--caller-voice", "flite:kal",
                "--caller-noise", "pink25");
        assertThat(text).contains("the caller speaks as flite:kal over a phone line, noise pink25")
                .contains("state path: greeting > send_coupon > thanks_goodbye")
                .containsPattern("you typed: yes\\R  heard: .+ intent yes\\)");
    }

    /**
     * Per example campaign, over the real AudioSocket and Vosk path in another synthesizer's voice: an opt-out in a
     * phrasing none of the campaign files holds ends do-not-call with outcome opted_out (a "yes" follows in the
     * script in case the robot asks to confirm).
     */
    @ParameterizedTest(name = "{0}: \"{1}\" as {2}")
    @CsvSource(delimiter = '|', textBlock = """
        campaigns/winback-coupon.yaml          | please quit phoning me | flite:kal
        campaigns/xiaomi-fans-offer.yaml       | please quit phoning me | espeak:en-us
        campaigns/delivery-notice.yaml         | get me off this list   | espeak:en-us+m3
        docker/campaigns/softphone-test.yaml   | please quit phoning me | flite:kal
        """)
    void anOptOutInTheCallersOwnWordsEndsDoNotCall(String campaign, String said, String voice, @TempDir Path dir)
            throws Exception {
        assertThat(Files.readString(Path.of(campaign))).doesNotContain(said);
        List<String> extra = new ArrayList<>(List.of("--caller-voice", voice));
        if (campaign.contains("delivery")) {
            Path profile = dir.resolve("profile.json");
            Files.writeString(profile, "{\"first_name\": \"Ann\", \"timezone\": \"Europe/London\", \"attributes\":"
                    + " {\"order_number\": \"4711\", \"delivery_date\": \"2026-12-03\", \"delivery_slot_start\": \"09:00\","
                    + " \"delivery_slot_end\": \"12:00\"}}");
            extra.addAll(List.of("--profile", profile.toString()));
        }
        String text = simulate(dir, campaign, said + "\nyes\n", extra.toArray(String[]::new));
        assertThat(text).contains("outcome: opted_out").contains("  do-not-call: yes");
    }

    @Test
    void anUnknownCallerVoiceFailsAtOnceNamingWhatIsInstalled(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("answers.txt");
        Files.writeString(script, "yes\n");
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.newCommandLine();
        cmd.setErr(new PrintWriter(err));

        int exit = cmd.execute("simulate", "campaigns/winback-coupon.yaml", "--script", script.toString(), "--voice",
                "--caller-voice", "flite:hal9000");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("simulate: caller voice 'flite:hal9000': flite has no voice 'hal9000'")
                .contains("kal");
        assertThat(Main.newCommandLine().execute("simulate", "campaigns/winback-coupon.yaml", "--caller-voice",
                "flite:kal")).isEqualTo(1);
    }
}
