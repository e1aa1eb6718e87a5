package io.callbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.cli.Main;
import io.callbot.store.Database;
import io.callbot.store.DatabaseSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's path, smaller: AMI originate to the simulated PBX, AudioSocket, Vosk, dialog, MaryTTS, outcome,
 * profile and signed webhook, all real; then the ledger, profiles, transcripts and webhooks are checked.
 */
class DemoEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aSmallDemoCampaignRunsEndToEnd() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            exit = Main.newCommandLine().execute("demo", "--calls", "10", "--customers", "16", "--concurrent", "6",
                    "--data-dir", dir.toString(), "--timeout", "PT4M");
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        original.println(out);
        assertThat(exit).as(out).isZero();
        assertThat(out).contains("Funnel for winback-coupon:").contains("rejected: 0").contains("Transcript of call");
        // quiet: the progress and the summary on the terminal, the server's log in a file, no URL of a stopped server
        java.util.regex.Pattern logLine = java.util.regex.Pattern.compile("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (INFO|WARN|ERROR)");
        assertThat(logLine.matcher(out).find()).as("log lines on stdout").isFalse();
        assertThat(logLine.matcher(capturedErr.toString(StandardCharsets.UTF_8)).find()).as("log lines on stderr")
                .isFalse();
        assertThat(out).doesNotContain("Dashboard and API: http").contains("The server has stopped.");
        assertThat(java.nio.file.Files.readString(dir.resolve("demo.log"))).contains("callbot ready");

        try (Database db = Database.open(DatabaseSettings.embedded(dir.resolve("callbot").toAbsolutePath().toString()));
                Connection c = db.dataSource().getConnection()) {
            // every audience customer's attempt is settled, each exactly once
            assertThat(scalar(c, "SELECT COUNT(*) FROM call_attempt WHERE state = 'FINISHED'")).isEqualTo(10);
            assertThat(scalar(c, "SELECT COUNT(DISTINCT customer_id) FROM call_attempt")).isEqualTo(10);
            // the persona mix: busy and no-answer callers were not answered, the others were
            assertThat(scalar(c, "SELECT COUNT(*) FROM call_attempt WHERE result = 'BUSY'")).isEqualTo(1);
            long answered = scalar(c, "SELECT COUNT(*) FROM call_attempt WHERE result IN ('ANSWERED','VOICEMAIL')");
            assertThat(answered).isGreaterThanOrEqualTo(7);
            // answered calls wrote transcripts and profiles; accepted coupons got their tag
            assertThat(scalar(c, "SELECT COUNT(DISTINCT attempt_id) FROM call_transcript")).isEqualTo(answered);
            assertThat(scalar(c, "SELECT COUNT(*) FROM customer WHERE last_outcome IS NOT NULL")).isEqualTo(answered);
            assertThat(scalar(c, "SELECT COUNT(*) FROM call_attempt WHERE outcome = 'coupon_accepted'")).isPositive();
            assertThat(scalar(c, "SELECT COUNT(*) FROM customer_filter f JOIN customer_tag_name n ON n.id = ANY(f.tag_ids)"
                    + " WHERE n.name = 'campaign:winback-coupon:accepted'"))
                    .isEqualTo(scalar(c, "SELECT COUNT(*) FROM call_attempt WHERE outcome = 'coupon_accepted'"));
            // the opt-out persona is on do-not-call now
            assertThat(scalar(c, "SELECT COUNT(*) FROM customer WHERE do_not_call")).isEqualTo(
                    scalar(c, "SELECT COUNT(*) FROM call_attempt WHERE outcome = 'opted_out'"));
            // and the CRM got every webhook the outcomes asked for
            assertThat(scalar(c, "SELECT COUNT(*) FROM webhook_outbox WHERE state = 'DELIVERED'"))
                    .isEqualTo(scalar(c, "SELECT COUNT(*) FROM webhook_outbox"));
        }
    }

    private static long scalar(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
