package io.callbot.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Answers "why was customer X (not) called in campaign Y?" from the ledger, the opt-out list
 * and the campaign state, as plain lines for the CLI (and later the API). Thread-safe; read-only.
 */
public final class WhyQuery {
    private final DataSource dataSource;

    public WhyQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> explain(String tenant, String campaignId, String customerId) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.add(new CampaignStates(dataSource).get(campaignId)
                .filter(s -> s.tenant().equals(tenant))
                .map(s -> "campaign " + campaignId + " (tenant " + tenant + "): " + s.lifecycle().code()
                        + ", version " + s.version())
                .orElse("campaign " + campaignId + " of tenant " + tenant + " has never been scheduled here"));
        optOut(tenant, customerId, lines);
        attempts(tenant, campaignId, customerId, lines);
        return lines;
    }

    private void optOut(String tenant, String customerId, List<String> lines) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT opted_out_at FROM schedule_opt_out WHERE tenant = ? AND customer_id = ?")) {
            ps.setString(1, tenant);
            ps.setString(2, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    lines.add("customer opted out on a call at " + Sql.instant(rs, "opted_out_at")
                            + ": no campaign of the tenant calls them");
                }
            }
        }
    }

    private void attempts(String tenant, String campaignId, String customerId, List<String> lines) throws SQLException {
        String sql = "SELECT * FROM call_attempt WHERE tenant = ? AND campaign_id = ? AND customer_id = ?"
                + " ORDER BY attempt_no";
        int n = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            ps.setString(2, campaignId);
            ps.setString(3, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                    lines.add(describe(rs));
                }
            }
        }
        if (n == 0) {
            lines.add("no call attempts in this campaign");
        }
    }

    private static String describe(ResultSet rs) throws SQLException {
        StringBuilder sb = new StringBuilder("attempt ").append(rs.getInt("attempt_no")).append(": ")
                .append(rs.getString("state"));
        append(sb, " result ", rs.getString("result"));
        append(sb, " (Q.850 cause ", rs.getObject("q850_cause"), ")");
        append(sb, " outcome ", rs.getString("outcome"));
        if (rs.getBoolean("is_final")) {
            sb.append(" [final]");
        }
        append(sb, ", created ", Sql.instant(rs, "created_at"));
        append(sb, ", ended ", Sql.instant(rs, "ended_at"));
        append(sb, ", node ", rs.getString("node_id"));
        append(sb, "; next attempt not before ", Sql.instant(rs, "next_retry_at"));
        append(sb, "; no further attempt: ", rs.getString("stop_reason"));
        append(sb, "; dialog ", rs.getString("state_path"));
        return sb.toString();
    }

    private static void append(StringBuilder sb, String label, Object value) {
        append(sb, label, value, "");
    }

    private static void append(StringBuilder sb, String label, Object value, String suffix) {
        if (value != null) {
            sb.append(label).append(value).append(suffix);
        }
    }
}
