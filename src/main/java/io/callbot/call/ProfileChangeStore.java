package io.callbot.call;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What each call changed in the customer's profile ({@code call_profile_change}): written with the call's outcome
 * (in the caller's transaction), read for the call page. Thread-safe; reads use their own pooled connection.
 */
public final class ProfileChangeStore {
    private static final int MAX_VALUE = 1000;

    /** One change: kind ({@code tag_added}, {@code tag_removed}, {@code field_set}, {@code do_not_call}, {@code callback}). */
    public record Change(String kind, String name, String value) {
    }

    private final DataSource dataSource;

    public ProfileChangeStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The changes a finished call makes, in the order the profile update applies them. */
    static List<Change> changesOf(CallRecord r) {
        List<Change> out = new ArrayList<>();
        r.addTags().forEach(t -> out.add(new Change("tag_added", t, null)));
        r.removeTags().forEach(t -> out.add(new Change("tag_removed", t, null)));
        for (Map.Entry<String, String> f : new java.util.TreeMap<>(r.setFields()).entrySet()) {
            out.add(new Change("field_set", f.getKey(), f.getValue()));
        }
        if (r.doNotCall()) {
            out.add(new Change("do_not_call", null, "opted out on this call"));
        }
        if (r.callbackAt() != null) {
            out.add(new Change("callback", null, r.callbackAt().toString()));
        }
        return out;
    }

    public static void insert(Connection connection, CallRecord record) throws SQLException {
        List<Change> changes = changesOf(record);
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO call_profile_change (attempt_id, seq,"
                + " tenant, kind, name, val) VALUES (?,?,?,?,?,?)")) {
            int seq = 0;
            for (Change c : changes) {
                ps.setObject(1, record.plan().attemptId());
                ps.setInt(2, seq++);
                ps.setString(3, record.plan().tenant());
                ps.setString(4, c.kind());
                ps.setString(5, c.name());
                ps.setString(6, c.value() == null || c.value().length() <= MAX_VALUE ? c.value()
                        : c.value().substring(0, MAX_VALUE));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The changes call {@code attemptId} of {@code tenant} made, in order; empty when none (or another tenant's). */
    public List<Change> changes(String tenant, UUID attemptId) throws SQLException {
        List<Change> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT kind, name, val FROM call_profile_change WHERE tenant = ? AND attempt_id = ? ORDER BY seq")) {
            ps.setString(1, tenant);
            ps.setObject(2, attemptId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }
}
