package io.callbot.schedule;

import io.callbot.campaign.CampaignKey;
import io.callbot.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code campaign_state} table: lifecycle and current version of each campaign, keyed by (tenant, campaign id)
 * and shared by every node. Thread-safe; each call uses its own pooled connection.
 */
public final class CampaignStates {
    private final DataSource dataSource;

    public CampaignStates(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A campaign's stored state. */
    public record State(String campaignId, String tenant, String version, CampaignLifecycle lifecycle,
                        Instant updatedAt) {
    }

    public Optional<State> get(CampaignKey key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM campaign_state WHERE tenant = ? AND campaign_id = ?")) {
            ps.setString(1, key.tenant());
            ps.setString(2, key.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new State(key.id(), key.tenant(), rs.getString("version"),
                        CampaignLifecycle.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
                        Sql.getInstant(rs, "updated_at")));
            }
        }
    }

    /**
     * Records a (new) version of the campaign. A campaign that was never seen starts SCHEDULED; a paused,
     * completed or cancelled one keeps its lifecycle, so reloading a file never resumes it by accident.
     */
    public void register(CampaignKey key, String version, Instant now) throws SQLException {
        if (get(key).isPresent()) {
            update("UPDATE campaign_state SET version = ?, updated_at = ? WHERE tenant = ? AND campaign_id = ?",
                    version, now, key);
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO campaign_state (campaign_id, tenant, version, state, updated_at) VALUES (?,?,?,?,?)")) {
            ps.setString(1, key.id());
            ps.setString(2, key.tenant());
            ps.setString(3, version);
            ps.setString(4, CampaignLifecycle.SCHEDULED.code());
            Sql.setInstant(ps, 5, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e; // a peer registered it at the same moment: fine
            }
        }
    }

    /** Moves the campaign to {@code to}; false if it is unknown or already COMPLETED / CANCELLED (final). */
    public boolean transition(CampaignKey key, CampaignLifecycle to, Instant now) throws SQLException {
        return update("UPDATE campaign_state SET state = ?, updated_at = ? WHERE tenant = ? AND campaign_id = ?"
                + " AND state NOT IN ('completed','cancelled')", to.code(), now, key) == 1;
    }

    private int update(String sql, String first, Instant now, CampaignKey key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, first);
            Sql.setInstant(ps, 2, now);
            ps.setString(3, key.tenant());
            ps.setString(4, key.id());
            return ps.executeUpdate();
        }
    }
}
