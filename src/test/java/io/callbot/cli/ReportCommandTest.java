package io.callbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code callbot report no-match}: unmatched caller answers ranked per state from stored transcripts. */
class ReportCommandTest {

    private record Said(String tenant, String campaign, String state, String speaker, String text, String intent,
            boolean keyed, String secondPass) {
        Said(String tenant, String campaign, String state, String speaker, String text, String intent, boolean keyed) {
            this(tenant, campaign, state, speaker, text, intent, keyed, null);
        }
    }

    private static void insert(TestDatabase db, List<Said> rows) throws SQLException {
        try (Connection c = db.database().dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO call_transcript (attempt_id, seq, tenant,"
                        + " campaign_id, said_at, speaker, state, text, confidence, intent, keyed, second_pass)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Said s : rows) {
                ps.setObject(1, UUID.randomUUID());
                ps.setInt(2, 0);
                ps.setString(3, s.tenant());
                ps.setString(4, s.campaign());
                ps.setTimestamp(5, Timestamp.from(Instant.parse("2026-12-01T10:00:00Z")));
                ps.setString(6, s.speaker());
                ps.setString(7, s.state());
                ps.setString(8, s.text());
                ps.setDouble(9, 0.9);
                ps.setString(10, s.intent());
                ps.setBoolean(11, s.keyed());
                ps.setString(12, s.secondPass());
                ps.executeUpdate();
            }
        }
    }

    private static Said unmatched(String state, String text) {
        return new Said("acme-shop", "winback-coupon", state, "CALLER", text, null, false);
    }

    private static String[] run(StringWriter out, String... args) {
        CommandLine cmd = Main.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        int exit = cmd.execute(args);
        assertThat(exit).as(out.toString()).isZero();
        return out.toString().lines().toArray(String[]::new);
    }

    @Test
    void ranksUnmatchedAnswersPerStateMostFrequentFirst() throws SQLException {
        try (TestDatabase db = TestDatabases.h2()) {
            insert(db, List.of(
                    unmatched("greeting", "What coupon"), unmatched("greeting", "what coupon"),
                    unmatched("greeting", "what coupon"), unmatched("greeting", "who is this"),
                    unmatched("send_coupon", "text me"), unmatched("send_coupon", "text me"),
                    new Said("acme-shop", "winback-coupon", "send_coupon", "CALLER", "[unk] me the [unk]", null, false,
                            "whatsapp me the code"),
                    // matched, keyed, robot, other campaign and other tenant rows never count
                    new Said("acme-shop", "winback-coupon", "greeting", "CALLER", "yes", "yes", false),
                    new Said("acme-shop", "winback-coupon", "greeting", "CALLER", "5", null, true),
                    new Said("acme-shop", "winback-coupon", "greeting", "ROBOT", "Hi there", null, false),
                    new Said("acme-shop", "delivery-notice", "greeting", "CALLER", "who is this", null, false),
                    new Said("other", "winback-coupon", "greeting", "CALLER", "who is this", null, false),
                    new Said("other", "winback-coupon", "greeting", "CALLER", "who is this", null, false)));

            String[] lines = run(new StringWriter(), "report", "no-match", "winback-coupon", "--tenant", "acme-shop",
                    "--db-url", db.database().settings().url());

            assertThat(lines).containsExactly(
                    "Unmatched caller answers, campaign winback-coupon (tenant acme-shop):",
                    "",
                    "state greeting:",
                    "       3  \"what coupon\"",
                    "       1  \"who is this\"",
                    "",
                    "state send_coupon:",
                    "       2  \"text me\"",
                    "       1  \"[unk] me the [unk]\"  (second pass heard \"whatsapp me the code\")");

            String[] top = run(new StringWriter(), "report", "no-match", "winback-coupon", "--tenant", "acme-shop",
                    "--limit", "1", "--db-url", db.database().settings().url());
            assertThat(top).containsExactly("Unmatched caller answers, campaign winback-coupon (tenant acme-shop):",
                    "", "state greeting:", "       3  \"what coupon\"");
        }
    }

    @Test
    void saysSoWhenThereIsNothingToReportAndRejectsABadLimit() {
        try (TestDatabase db = TestDatabases.h2()) {
            String url = db.database().settings().url();
            assertThat(run(new StringWriter(), "report", "no-match", "winback-coupon", "--tenant", "acme-shop",
                    "--db-url", url))
                    .containsExactly("No unmatched caller answers for campaign winback-coupon (tenant acme-shop).");

            StringWriter err = new StringWriter();
            CommandLine cmd = Main.newCommandLine();
            cmd.setErr(new PrintWriter(err));
            assertThat(cmd.execute("report", "no-match", "x", "--tenant", "t", "--limit", "0", "--db-url", url))
                    .isEqualTo(1);
            assertThat(err.toString()).contains("--limit must be > 0, was 0");
        }
    }
}
