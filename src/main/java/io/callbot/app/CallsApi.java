package io.callbot.app;

import io.callbot.api.CallCursor;
import io.callbot.api.CallDetail;
import io.callbot.api.CallPage;
import io.callbot.api.CallPort;
import io.callbot.api.CallQuery;
import io.callbot.api.CallSummary;
import io.callbot.api.LiveCall;
import io.callbot.api.TenantScope;
import io.callbot.api.TranscriptLine;
import io.callbot.call.TranscriptStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The API's calls over the attempt ledger and transcripts; every query is scoped to the caller's tenants. */
final class CallsApi implements CallPort {
    private static final String COLUMNS = "id, tenant, campaign_id, customer_id, attempt_no, result, outcome,"
            + " COALESCE(dialed_at, created_at), ended_at, state";

    private final DataSource db;
    private final TranscriptStore transcripts;
    private final Path recordings;

    CallsApi(DataSource db, Path recordings) {
        this.db = db;
        this.transcripts = new TranscriptStore(db);
        this.recordings = recordings;
    }

    @Override
    public CallPage list(TenantScope scope, CallQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM call_attempt WHERE ended_at IS NOT NULL");
        List<Object> args = new ArrayList<>();
        tenants(sql, args, scope);
        filter(sql, args, "campaign_id = ?", q.campaignId());
        filter(sql, args, "result = ?", q.result());
        filter(sql, args, "outcome = ?", q.outcome());
        filter(sql, args, "ended_at >= ?", q.from() == null ? null : Timestamp.from(q.from()));
        filter(sql, args, "ended_at < ?", q.to() == null ? null : Timestamp.from(q.to()));
        if (q.after() != null) {
            sql.append(" AND (ended_at < ? OR (ended_at = ? AND id < ?))");
            args.add(Timestamp.from(q.after().endedAt()));
            args.add(Timestamp.from(q.after().endedAt()));
            args.add(q.after().id());
        }
        sql.append(" ORDER BY ended_at DESC, id DESC LIMIT ?");
        args.add(q.limit());
        List<CallSummary> calls = query(sql.toString(), args);
        CallSummary last = calls.size() == q.limit() ? calls.get(calls.size() - 1) : null;
        return new CallPage(calls, last == null ? null : new CallCursor(last.endedAt(), last.id()));
    }

    @Override
    public Optional<CallDetail> get(TenantScope scope, UUID callId) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM call_attempt WHERE id = ?");
        List<Object> args = new ArrayList<>(List.of(callId));
        tenants(sql, args, scope);
        List<CallSummary> found = query(sql.toString(), args);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CallSummary call = found.get(0);
        try {
            Instant start = call.startedAt();
            List<TranscriptLine> lines = transcripts.transcript(call.tenant(), callId).stream()
                    .map(l -> new TranscriptLine(l.speaker().toLowerCase(java.util.Locale.ROOT),
                            start == null ? 0 : l.at().toEpochMilli() - start.toEpochMilli(), l.text()))
                    .toList();
            return Optional.of(new CallDetail(call, lines, List.of(), recording(scope, callId).isPresent()));
        } catch (SQLException e) {
            throw new IllegalStateException("transcript of " + callId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Path> recording(TenantScope scope, UUID callId) {
        Path wav = recordings.resolve(callId + ".wav");
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM call_attempt WHERE id = ?");
        List<Object> args = new ArrayList<>(List.of(callId));
        tenants(sql, args, scope);
        return Files.isRegularFile(wav) && !query(sql.toString(), args).isEmpty() ? Optional.of(wav) : Optional.empty();
    }

    @Override
    public List<LiveCall> live(TenantScope scope) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM call_attempt WHERE state IN ('DIALING','IN_CALL')");
        List<Object> args = new ArrayList<>();
        tenants(sql, args, scope);
        sql.append(" ORDER BY created_at LIMIT 500");
        List<LiveCall> live = new ArrayList<>();
        run(sql.toString(), args, rs -> live.add(new LiveCall(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(10), instant(rs, 8))));
        return live;
    }

    private static void tenants(StringBuilder sql, List<Object> args, TenantScope scope) {
        sql.append(" AND tenant IN (");
        int n = 0;
        for (String t : scope.tenantIds()) {
            sql.append(n++ == 0 ? "?" : ", ?");
            args.add(t);
        }
        if (n == 0) {
            sql.append("NULL");
        }
        sql.append(')');
    }

    private static void filter(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            args.add(value);
        }
    }

    private List<CallSummary> query(String sql, List<Object> args) {
        List<CallSummary> calls = new ArrayList<>();
        run(sql, args, rs -> {
            Instant started = instant(rs, 8);
            Instant ended = instant(rs, 9);
            calls.add(new CallSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getInt(5), rs.getString(6), rs.getString(7), started, ended,
                    started == null || ended == null ? 0 : ended.toEpochMilli() - started.toEpochMilli()));
        });
        return calls;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void run(String sql, List<Object> args, Row row) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("call query failed: " + e.getMessage(), e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
