package io.callbot.schedule;

import io.callbot.campaign.CampaignFileRecords;
import io.callbot.campaign.CampaignKey;
import io.callbot.store.Sql;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link CampaignFileRecords} in the {@code campaign_file} table, shared by every node: which file holds which
 * campaign and the bytes of its version in force. Thread-safe; each call uses its own pooled connection. Failures
 * are thrown as {@link IllegalStateException} with the database's message.
 */
public final class JdbcCampaignFileRecords implements CampaignFileRecords {
    private final DataSource dataSource;

    public JdbcCampaignFileRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Held> load() {
        List<Held> held = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT file_name, tenant, campaign_id, version, content, held_since FROM campaign_file");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                held.add(new Held(rs.getString("file_name"), new CampaignKey(rs.getString("tenant"),
                        rs.getString("campaign_id")), rs.getString("version"),
                        rs.getString("content").getBytes(StandardCharsets.UTF_8), Sql.getInstant(rs, "held_since")));
            }
            return held;
        } catch (SQLException e) {
            throw new IllegalStateException("campaign_file cannot be read: " + e.getMessage(), e);
        }
    }

    /** Replaces the file's record; {@code held_since} stays when the file keeps holding the same campaign. */
    @Override
    public void save(Held held) {
        String content = new String(held.content(), StandardCharsets.UTF_8);
        Instant now = held.since();
        try (Connection c = dataSource.getConnection()) {
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_file SET held_since = CASE WHEN tenant = ?"
                    + " AND campaign_id = ? THEN held_since ELSE ? END, tenant = ?, campaign_id = ?, version = ?,"
                    + " content = ?, updated_at = ? WHERE file_name = ?")) {
                ps.setString(1, held.key().tenant());
                ps.setString(2, held.key().id());
                Sql.setInstant(ps, 3, now);
                ps.setString(4, held.key().tenant());
                ps.setString(5, held.key().id());
                ps.setString(6, held.version());
                ps.setString(7, content);
                Sql.setInstant(ps, 8, now);
                ps.setString(9, held.file());
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                insert(c, held, content, now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("campaign_file row of " + held.file() + " not saved: " + e.getMessage(), e);
        }
    }

    private static void insert(Connection c, Held held, String content, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign_file (file_name, tenant, campaign_id,"
                + " version, content, held_since, updated_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, held.file());
            ps.setString(2, held.key().tenant());
            ps.setString(3, held.key().id());
            ps.setString(4, held.version());
            ps.setString(5, content);
            Sql.setInstant(ps, 6, now);
            Sql.setInstant(ps, 7, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e; // a peer node recorded the same file at the same moment: its row says the same
            }
        }
    }

    @Override
    public void remove(String file) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM campaign_file WHERE file_name = ?")) {
            ps.setString(1, file);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("campaign_file row of " + file + " not removed: " + e.getMessage(), e);
        }
    }
}
