package io.callbot.schedule;

import io.callbot.campaign.Campaign;
import io.callbot.store.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code campaign_version} table: each content version of a campaign gets the next number (v1, v2, ...) when a
 * server first loads it, with the time its file was edited. A version that comes back (the old bytes restored)
 * keeps its number. Thread-safe; each call uses its own pooled connection; two nodes recording at once end with
 * one number per version (the unique keys decide, the loser reads).
 */
public final class CampaignVersions {

    /** A numbered version: its number and when its file was edited. Immutable value. */
    public record Numbered(int number, Instant editedAt) {
    }

    private final DataSource dataSource;

    public CampaignVersions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Numbers the campaign's version if it is new; returns its number either way. */
    public Numbered record(Campaign campaign, Instant now) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            Optional<Numbered> known = find(campaign.tenant(), campaign.id(), campaign.version());
            if (known.isPresent()) {
                return known.get();
            }
            try {
                return insert(campaign, editedAt(campaign, now), now);
            } catch (SQLException e) {
                if (!Sql.isUniqueViolation(e) || attempt >= 3) {
                    throw e;
                }
                // a peer numbered a version at the same moment: read again
            }
        }
    }

    public Optional<Numbered> find(String tenant, String campaignId, String version) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT version_no, edited_at FROM campaign_version WHERE tenant = ? AND campaign_id = ? AND version = ?")) {
            ps.setString(1, tenant);
            ps.setString(2, campaignId);
            ps.setString(3, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Numbered(rs.getInt(1), Sql.getInstant(rs, "edited_at")))
                        : Optional.empty();
            }
        }
    }

    private Numbered insert(Campaign campaign, Instant editedAt, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO campaign_version (tenant, campaign_id, version, version_no, edited_at, first_seen_at)"
                        + " SELECT ?, ?, ?, COALESCE(MAX(version_no), 0) + 1, ?, ? FROM campaign_version"
                        + " WHERE tenant = ? AND campaign_id = ?")) {
            ps.setString(1, campaign.tenant());
            ps.setString(2, campaign.id());
            ps.setString(3, campaign.version());
            Sql.setInstant(ps, 4, editedAt);
            Sql.setInstant(ps, 5, now);
            ps.setString(6, campaign.tenant());
            ps.setString(7, campaign.id());
            ps.executeUpdate();
        }
        return find(campaign.tenant(), campaign.id(), campaign.version()).orElseThrow();
    }

    /** The file's modification time; {@code now} for a campaign built in memory or a file gone meanwhile. */
    private static Instant editedAt(Campaign campaign, Instant now) {
        if (campaign.source() == null) {
            return now;
        }
        try {
            return Files.getLastModifiedTime(Path.of(campaign.source())).toInstant();
        } catch (IOException | RuntimeException e) {
            return now;
        }
    }
}
