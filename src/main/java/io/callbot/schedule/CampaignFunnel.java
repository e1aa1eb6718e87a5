package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import io.callbot.campaign.Outcome;
import io.callbot.dialog.engine.DialogSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A campaign's funnel ({@link FunnelStage}) from the attempt ledger in ONE query: the API, the console and the
 * demo summary all read it here, so their numbers cannot disagree. Counts distinct customers, so retries do not
 * inflate a stage. Thread-safe; each call uses its own pooled connection.
 */
public final class CampaignFunnel {

    /** The count of each stage, in {@link FunnelStage} order. Immutable value. */
    public record Counts(long targeted, long dialed, long answered, long human, long completed, long converted,
                         long optedOut) {

        public long of(FunnelStage stage) {
            return switch (stage) {
                case TARGETED -> targeted;
                case DIALED -> dialed;
                case ANSWERED -> answered;
                case HUMAN -> human;
                case COMPLETED -> completed;
                case CONVERTED -> converted;
                case OPTED_OUT -> optedOut;
            };
        }
    }

    private final DataSource dataSource;

    public CampaignFunnel(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Counts count(Campaign campaign) {
        List<String> converting = new ArrayList<>();
        List<String> optOut = new ArrayList<>(List.of(DialogSettings.OutcomeNames.DEFAULT.optOut()));
        for (Outcome o : campaign.outcomes().values()) {
            if (o.converted()) {
                converting.add(o.name());
            }
            if (o.doNotCall()) {
                optOut.add(o.name());
            }
        }
        String sql = "SELECT COUNT(DISTINCT customer_id),"
                + " COUNT(DISTINCT CASE WHEN dialed_at IS NOT NULL OR answered_at IS NOT NULL"
                + "   OR result IN ('ANSWERED','TRANSFER_FAILED','VOICEMAIL') THEN customer_id END),"
                + " COUNT(DISTINCT CASE WHEN result IN ('ANSWERED','TRANSFER_FAILED','VOICEMAIL') THEN customer_id END),"
                + " COUNT(DISTINCT CASE WHEN result IN ('ANSWERED','TRANSFER_FAILED') THEN customer_id END),"
                + " COUNT(DISTINCT CASE WHEN result IN ('ANSWERED','TRANSFER_FAILED') AND outcome IS NOT NULL AND outcome NOT LIKE ?"
                + "   THEN customer_id END),"
                + " COUNT(DISTINCT CASE WHEN " + in("outcome", converting.size()) + " THEN customer_id END),"
                + " COUNT(DISTINCT CASE WHEN " + in("outcome", optOut.size()) + " THEN customer_id END)"
                + " FROM call_attempt WHERE tenant = ? AND campaign_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, DialogSettings.OutcomeNames.DEFAULT.hungUpPrefix() + "%");
            for (String name : converting) {
                ps.setString(i++, name);
            }
            for (String name : optOut) {
                ps.setString(i++, name);
            }
            ps.setString(i++, campaign.tenant());
            ps.setString(i, campaign.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("funnel of campaign " + campaign.id() + " failed: " + e.getMessage(), e);
        }
    }

    private static String in(String column, int n) {
        return n == 0 ? "1 = 0" : column + " IN (" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
    }
}
