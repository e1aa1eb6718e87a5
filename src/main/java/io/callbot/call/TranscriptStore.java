package io.callbot.call;

import io.callbot.dialog.engine.TranscriptEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Call transcripts: written with the call's outcome (in the caller's transaction), read for the API and the
 * no-match report. Stateless apart from the data source; thread-safe.
 */
public final class TranscriptStore {
    private static final int MAX_TEXT = 4000;

    private final DataSource dataSource;

    public TranscriptStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts every line of the call's transcript on {@code connection} (the outcome transaction). */
    public void insert(Connection connection, CallRecord record) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO call_transcript (attempt_id, seq, tenant, "
                + "campaign_id, said_at, speaker, state, text, confidence, intent, keyed, second_pass)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int seq = 0;
            for (TranscriptEntry e : record.transcript()) {
                ps.setObject(1, record.plan().attemptId());
                ps.setInt(2, seq++);
                ps.setString(3, record.plan().tenant());
                ps.setString(4, record.plan().campaign().id());
                ps.setTimestamp(5, Timestamp.from(e.at()));
                ps.setString(6, e.speaker().name());
                ps.setString(7, e.state());
                ps.setString(8, truncate(e.text()));
                ps.setDouble(9, e.confidence());
                if (e.intent() == null) {
                    ps.setNull(10, Types.VARCHAR);
                } else {
                    ps.setString(10, e.intent());
                }
                ps.setBoolean(11, e.keyed());
                ps.setString(12, e.secondPass() == null ? null : truncate(e.secondPass()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String truncate(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    /** One line of a stored transcript; {@code secondPass} is what a free-form second pass heard, or null. */
    public record Line(int seq, java.time.Instant at, String speaker, String state, String text, double confidence,
            String intent, boolean keyed, String secondPass) {
    }

    /** The transcript of one attempt of {@code tenant}, in order; empty when none (or another tenant's). */
    public List<Line> transcript(String tenant, UUID attemptId) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT seq, said_at, speaker, state, text, confidence, intent,"
                        + " keyed, second_pass FROM call_transcript WHERE tenant = ? AND attempt_id = ? ORDER BY seq")) {
            ps.setString(1, tenant);
            ps.setObject(2, attemptId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new Line(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getDouble(6), rs.getString(7), rs.getBoolean(8), rs.getString(9)));
                }
            }
        }
        return lines;
    }

    /**
     * How often callers said {@code text} in {@code state} without matching any intent; {@code secondPass} is what
     * the free-form second pass heard of it (closer to the caller's real words than a grammar pass's
     * {@code [unk]}), or null.
     */
    public record NoMatch(String state, String text, String secondPass, long count) {
    }

    /** The most frequent unmatched caller answers of a campaign, per state, most frequent first. */
    public List<NoMatch> noMatchReport(String tenant, String campaignId, int limit) throws SQLException {
        List<NoMatch> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT state, LOWER(text) AS said, LOWER(second_pass) AS"
                        + " heard, COUNT(*) AS n FROM call_transcript WHERE tenant = ? AND campaign_id = ?"
                        + " AND speaker = 'CALLER' AND intent IS NULL AND keyed = FALSE"
                        + " GROUP BY state, LOWER(text), LOWER(second_pass) ORDER BY n DESC, state, said LIMIT ?")) {
            ps.setString(1, tenant);
            ps.setString(2, campaignId);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new NoMatch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
        }
        return rows;
    }
}
