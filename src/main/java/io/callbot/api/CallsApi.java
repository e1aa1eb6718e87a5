package io.callbot.api;

import io.callbot.call.ActiveCalls;
import io.callbot.call.LiveCallState;
import io.callbot.call.ProfileChangeStore;
import io.callbot.call.TranscriptStore;
import io.callbot.customer.CustomerCards;
import io.callbot.customer.PhoneNumbers;
import io.callbot.store.Sql;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The API's calls over the attempt ledger, transcripts, profile changes, the customer store (names, masked phones)
 * and this node's live sessions; every query is scoped to the caller's tenants.
 */
public final class CallsApi implements CallPort {
    private static final String COLUMNS = "id, tenant, campaign_id, customer_id, attempt_no, result, outcome,"
            + " COALESCE(dialed_at, created_at), ended_at, state, state_path, answered_at";

    private final DataSource db;
    private final TranscriptStore transcripts;
    private final ProfileChangeStore profileChanges;
    private final CustomerCards cards;
    private final ActiveCalls active;
    private final Path recordings;

    public CallsApi(DataSource db, Path recordings, ActiveCalls active) {
        this.db = db;
        this.transcripts = new TranscriptStore(db);
        this.profileChanges = new ProfileChangeStore(db);
        this.cards = new CustomerCards(db, new PhoneNumbers("US"));
        this.active = active;
        this.recordings = recordings;
    }

    @Override
    public void onLiveChange(Runnable listener) {
        if (active != null) {
            active.onLiveChange(listener);
        }
    }

    @Override
    public CallPage list(TenantScope scope, CallQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM call_attempt WHERE ended_at IS NOT NULL");
        List<Object> args = new ArrayList<>();
        tenants(sql, args, scope);
        if (q.search() != null) {
            List<Long> found = cards.find(scope.tenantIds(), q.search());
            if (found.isEmpty()) {
                return new CallPage(List.of(), null);
            }
            sql.append(" AND customer_id IN (").append(String.join(", ", java.util.Collections.nCopies(found.size(), "?")))
                    .append(')');
            args.addAll(found);
        }
        filter(sql, args, "customer_id = ?", q.customerId());
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
        List<CallSummary> calls = withCards(scope, query(sql.toString(), args));
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
        CallSummary call = withCards(scope, found).get(0);
        try {
            // offsets from the answer when known (the robot speaks first then), else from the dial
            Instant answered = answeredAt(callId);
            Instant start = answered != null ? answered : call.startedAt();
            List<TranscriptLine> lines = transcripts.transcript(call.tenant(), callId).stream()
                    .map(l -> new TranscriptLine(l.speaker().toLowerCase(java.util.Locale.ROOT),
                            start == null ? 0 : Math.max(0, l.at().toEpochMilli() - start.toEpochMilli()), l.text(),
                            l.state(), l.intent(), l.confidence(), l.keyed()))
                    .toList();
            List<ProfileChangeLine> changes = profileChanges.changes(call.tenant(), callId).stream()
                    .map(c -> new ProfileChangeLine(c.kind(), c.name(), c.value())).toList();
            List<String> tags = changes.stream().filter(c -> c.kind().startsWith("tag_")).map(ProfileChangeLine::name)
                    .toList();
            return Optional.of(new CallDetail(call, lines, tags, recording(scope, callId).isPresent(),
                    statePath(callId), changes));
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
        Map<UUID, LiveCallState> here = active == null ? Map.of() : active.liveStates();
        List<LiveCall> rows = new ArrayList<>();
        run(sql.toString(), args, rs -> {
            UUID id = rs.getObject(1, UUID.class);
            LiveCallState s = here.get(id);
            // the session knows it is answered before the ledger row says so
            String state = s != null ? "IN_CALL" : rs.getString(10);
            Instant answered = s != null ? s.answeredAt() : instant(rs, 12);
            LiveCall.Said said = s == null || s.lastSaid() == null ? null : new LiveCall.Said(
                    s.lastSaid().speaker().name().toLowerCase(java.util.Locale.ROOT), s.lastSaid().text(),
                    s.lastSaid().at());
            rows.add(new LiveCall(id, rs.getString(2), rs.getString(3), Long.toString(rs.getLong(4)), state, instant(rs, 8), null,
                    s == null ? null : s.dialogState(), said, answered));
        });
        Map<Long, CustomerCards.Card> found = cards.byIds(scope.tenantIds(), rows.stream()
                .map(r -> Long.parseLong(r.customerId())).distinct().toList());
        return rows.stream().map(r -> new LiveCall(r.id(), r.tenant(), r.campaignId(), r.customerId(), r.state(),
                r.startedAt(), card(found, r.customerId()), r.dialogState(), r.lastSaid(), r.answeredAt())).toList();
    }

    private List<CallSummary> withCards(TenantScope scope, List<CallSummary> calls) {
        Map<Long, CustomerCards.Card> found = cards.byIds(scope.tenantIds(), calls.stream()
                .map(c -> Long.parseLong(c.customerId())).distinct().toList());
        return calls.stream().map(c -> c.withCustomer(card(found, c.customerId()))).toList();
    }

    private static CustomerCard card(Map<Long, CustomerCards.Card> found, String customerId) {
        CustomerCards.Card c = found.get(Long.parseLong(customerId));
        return c == null ? null : new CustomerCard(String.valueOf(c.id()), c.externalId(), c.name(),
                PhoneNumbers.masked(c.phone()), c.timezone());
    }

    private List<String> statePath(UUID callId) {
        List<String> path = new ArrayList<>();
        run("SELECT state_path FROM call_attempt WHERE id = ?", List.of(callId), rs -> {
            String p = rs.getString(1);
            if (p != null && !p.isBlank()) {
                path.addAll(List.of(p.split(">")));
            }
        });
        return path;
    }

    private Instant answeredAt(UUID callId) {
        List<Instant> at = new ArrayList<>();
        run("SELECT answered_at FROM call_attempt WHERE id = ?", List.of(callId), rs -> at.add(instant(rs, 1)));
        return at.isEmpty() ? null : at.get(0);
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
            calls.add(new CallSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                    Long.toString(rs.getLong(4)),
                    rs.getInt(5), rs.getString(6), rs.getString(7), started, ended,
                    started == null || ended == null ? 0 : ended.toEpochMilli() - started.toEpochMilli(), null));
        });
        return calls;
    }

    private void run(String sql, List<Object> args, Sql.Row row) {
        Sql.query(db, "call query", sql, args, row);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
