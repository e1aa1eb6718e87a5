package io.callbot.demo;

import io.callbot.app.CallbotServer;
import io.callbot.call.TranscriptStore;
import io.callbot.campaign.Campaign;
import io.callbot.schedule.CampaignFunnel;
import io.callbot.schedule.FunnelStage;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Follows a demo campaign in the attempt ledger: a live progress line, then the funnel and a few transcripts. */
public final class DemoReport {
    private final CallbotServer server;
    private final Campaign campaign;
    private final DemoCrmReceiver crm;

    public DemoReport(CallbotServer server, Campaign campaign, DemoCrmReceiver crm) {
        this.server = server;
        this.campaign = campaign;
        this.crm = crm;
    }

    /** Prints progress once a second until every audience customer's attempt is settled; false on timeout. */
    public boolean waitForCalls(int audience, Duration timeout, PrintStream out) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Long> outcomes = countBy("COALESCE(outcome, result)", "state = 'FINISHED'");
            long done = outcomes.values().stream().mapToLong(Long::longValue).sum();
            out.printf("\r  live %3d | done %3d of %d | %s          ", server.calls().live(), done, audience,
                    outcomes);
            out.flush();
            if (done >= audience && server.callsInProgress() == 0) {
                out.println();
                waitForWebhooks();
                return true;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        out.println();
        out.println("demo timed out: not every call finished");
        return false;
    }

    /** Up to 10 s for the webhook outbox to drain (every attempt, answered or not, sends the CRM events). */
    private void waitForWebhooks() throws InterruptedException, SQLException {
        for (int i = 0; i < 20 && undelivered() > 0; i++) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    private long undelivered() throws SQLException {
        try (Connection c = server.database().dataSource().getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM webhook_outbox WHERE state IN ('PENDING','DELIVERING')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public void print(PrintStream out, int audience) throws SQLException {
        // the very query the API and the console show, so the three always agree (ConsoleBrowserTest compares them)
        CampaignFunnel.Counts funnel = new CampaignFunnel(server.database().dataSource()).count(campaign);
        out.println();
        out.println("Funnel for " + campaign.id() + ": customers at each stage (definitions: docs/api.md#funnel)");
        for (FunnelStage stage : FunnelStage.values()) {
            row(out, stage.label().toLowerCase(java.util.Locale.ROOT), funnel.of(stage), funnel.targeted());
        }
        out.printf("answer rate %.0f%% of dialed, conversion %.0f%% of humans reached%n",
                pct(funnel.answered(), funnel.dialed()), pct(funnel.converted(), funnel.human()));
        out.println("results: " + countBy("result", "state = 'FINISHED'"));
        out.println("outcomes: " + countBy("outcome", "state = 'FINISHED' AND outcome IS NOT NULL"));
        out.printf("CRM webhooks received with a valid signature: %d (rejected: %d)%n", crm.received(), crm.rejected());
        printTranscripts(out);
    }

    private void printTranscripts(PrintStream out) throws SQLException {
        TranscriptStore transcripts = new TranscriptStore(server.database().dataSource());
        List<UUID> shown = new ArrayList<>();
        for (String outcome : List.of("coupon_accepted", "declined", "opted_out", "callback_requested", "transferred")) {
            UUID id = firstWithOutcome(outcome);
            if (id != null && shown.size() < 3) {
                shown.add(id);
                out.println();
                out.println("Transcript of call " + id + " (outcome " + outcome + "):");
                for (TranscriptStore.Line line : transcripts.transcript(campaign.tenant(), id)) {
                    out.printf("  %-6s %s%s%n", line.speaker().toLowerCase(java.util.Locale.ROOT) + ":", line.text(),
                            line.intent() == null ? "" : "   [" + line.intent() + "]");
                }
            }
        }
    }

    private static void row(PrintStream out, String name, long n, long of) {
        out.printf("  %-10s %4d  %s%n", name, n, "#".repeat((int) Math.round(40.0 * n / Math.max(1, of))));
    }

    private static double pct(long a, long b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private UUID firstWithOutcome(String outcome) throws SQLException {
        try (Connection c = server.database().dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id FROM call_attempt WHERE tenant = ? AND campaign_id = ? AND outcome = ?"
                        + " ORDER BY ended_at LIMIT 1")) {
            ps.setString(1, campaign.tenant());
            ps.setString(2, campaign.id());
            ps.setString(3, outcome);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    private long count(String where) {
        try (Connection c = server.database().dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM call_attempt WHERE tenant = ? AND campaign_id = ? AND ("
                        + where + ")")) {
            ps.setString(1, campaign.tenant());
            ps.setString(2, campaign.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> countBy(String expr, String where) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = server.database().dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + expr + " AS k, COUNT(*) FROM call_attempt"
                        + " WHERE tenant = ? AND campaign_id = ? AND " + where + " GROUP BY " + expr + " ORDER BY 2 DESC")) {
            ps.setString(1, campaign.tenant());
            ps.setString(2, campaign.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(String.valueOf(rs.getString(1)).toLowerCase(java.util.Locale.ROOT), rs.getLong(2));
                }
            }
        }
        return out;
    }
}
