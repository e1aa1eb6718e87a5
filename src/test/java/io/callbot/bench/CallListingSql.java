package io.callbot.bench;

import io.callbot.api.CallCursor;
import io.callbot.api.CallDetail;
import io.callbot.api.CallPage;
import io.callbot.api.CallPort;
import io.callbot.api.CallQuery;
import io.callbot.api.CallSummary;
import io.callbot.api.LiveCall;
import io.callbot.api.TenantScope;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The call listing as SQL over a table shaped like the ledger {@code call_attempt}: keyset pagination on
 * {@code (ended_at, id)} newest first, tenant filter first. A reference for the lead's real {@link CallPort};
 * only {@link #list} is implemented. Thread-safe (a connection per call).
 */
final class CallListingSql implements CallPort {
    static final String DDL = """
            CREATE TABLE call_attempt (
                id UUID PRIMARY KEY, tenant VARCHAR(64) NOT NULL, campaign_id VARCHAR(64) NOT NULL,
                customer_id BIGINT NOT NULL, attempt_no INT NOT NULL, state VARCHAR(16) NOT NULL,
                result VARCHAR(32), outcome VARCHAR(64), started_at TIMESTAMP WITH TIME ZONE,
                ended_at TIMESTAMP WITH TIME ZONE)""";
    static final List<String> INDEXES = List.of(
            "CREATE INDEX call_attempt_tenant_ended_ix ON call_attempt (tenant, ended_at DESC, id DESC)",
            // scopes of several tenants (merchant + sub-merchants) walk this one in order and filter by tenant
            "CREATE INDEX call_attempt_ended_ix ON call_attempt (ended_at DESC, id DESC)",
            "CREATE INDEX call_attempt_campaign_ended_ix ON call_attempt (campaign_id, ended_at DESC, id DESC)");

    private final DataSource db;

    CallListingSql(DataSource db) {
        this.db = db;
    }

    @Override
    public CallPage list(TenantScope scope, CallQuery q) {
        StringBuilder sql = new StringBuilder("SELECT id, tenant, campaign_id, customer_id, attempt_no, result,"
                + " outcome, started_at, ended_at FROM call_attempt WHERE ended_at IS NOT NULL AND tenant IN (");
        List<Object> args = new ArrayList<>();
        for (String t : scope.tenantIds()) {
            sql.append(args.isEmpty() ? "?" : ", ?");
            args.add(t);
        }
        sql.append(')');
        filter(sql, args, "campaign_id = ?", q.campaignId());
        filter(sql, args, "result = ?", q.result());
        filter(sql, args, "outcome = ?", q.outcome());
        filter(sql, args, "ended_at >= ?", q.from() == null ? null : Timestamp.from(q.from()));
        filter(sql, args, "ended_at < ?", q.to() == null ? null : Timestamp.from(q.to()));
        if (q.after() != null) {
            // row-value comparison: one index range, no OFFSET
            sql.append(" AND (ended_at, id) < (?, ?)");
            args.add(Timestamp.from(q.after().endedAt()));
            args.add(q.after().id());
        }
        sql.append(" ORDER BY ended_at DESC, id DESC LIMIT ?");
        args.add(q.limit());
        return run(sql.toString(), args, q.limit());
    }

    private static void filter(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            args.add(value);
        }
    }

    private CallPage run(String sql, List<Object> args, int limit) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<CallSummary> calls = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    var started = rs.getTimestamp(8).toInstant();
                    var ended = rs.getTimestamp(9).toInstant();
                    calls.add(new CallSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7), started, ended,
                            ended.toEpochMilli() - started.toEpochMilli()));
                }
            }
            CallSummary last = calls.size() == limit ? calls.get(calls.size() - 1) : null;
            return new CallPage(calls, last == null ? null : new CallCursor(last.endedAt(), last.id()));
        } catch (SQLException e) {
            throw new IllegalStateException("call listing failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<CallDetail> get(TenantScope scope, UUID callId) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> recording(TenantScope scope, UUID callId) {
        return Optional.empty();
    }

    @Override
    public List<LiveCall> live(TenantScope scope) {
        return List.of();
    }
}
