package io.callbot.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The call ledger and the simulated PBX's originate log as the process-level tests read them. */
final class LedgerRows {
    private LedgerRows() {}

    /** One {@code call_attempt} row. */
    record Row(String id, String customerId, String phone, int attemptNo, String state, String result,
               boolean isFinal, String stopReason, String nodeId, Instant createdAt, Instant dialedAt,
               Instant endedAt) {
        boolean open() {
            return state.equals("QUEUED") || state.equals("DIALING") || state.equals("IN_CALL");
        }
    }

    static List<Row> all(DataSource ds, String campaignId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); var ps = c.prepareStatement("SELECT a.id, a.customer_id, k.phone,"
                + " a.attempt_no, a.state, a.result, a.is_final, a.stop_reason, a.node_id, a.created_at, a.dialed_at,"
                + " a.ended_at FROM call_attempt a JOIN customer k ON k.id = a.customer_id"
                + " WHERE a.campaign_id = ? ORDER BY a.customer_id, a.attempt_no")) {
            ps.setString(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                            rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9), instant(rs, 10),
                            instant(rs, 11), instant(rs, 12)));
                }
            }
        }
        return rows;
    }

    static Map<String, List<Row>> byCustomer(List<Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(Row::customerId));
    }

    /**
     * Whether the customer is done with the campaign: nothing open, and a final outcome, a retry plan that
     * stops, or {@code maxAttempts} calls made (cancelled attempts never reached the phone and do not count).
     */
    static boolean done(List<Row> attempts, int maxAttempts) {
        if (attempts.stream().anyMatch(Row::open)) {
            return false;
        }
        List<Row> calls = attempts.stream().filter(r -> !r.state().equals("CANCELLED")).toList();
        if (calls.isEmpty()) {
            return false;
        }
        Row last = calls.get(calls.size() - 1);
        return calls.stream().anyMatch(Row::isFinal) || calls.size() >= maxAttempts
                || (last.state().equals("FINISHED") && last.stopReason() != null);
    }

    /** ChannelId (= attempt id) to number, from the simulated PBX's originate log(s); counts repeats per id. */
    static Map<String, Integer> originatesById(List<Path> logs) throws java.io.IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines(logs)) {
            counts.merge(line.split(" ")[0], 1, Integer::sum);
        }
        return counts;
    }

    static Map<String, Integer> originatesByNumber(List<Path> logs) throws java.io.IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines(logs)) {
            counts.merge(line.split(" ")[1], 1, Integer::sum);
        }
        return counts;
    }

    /** When each ChannelId was originated (the PBX's clock). */
    static Map<String, Instant> originateTimes(List<Path> logs) throws java.io.IOException {
        Map<String, Instant> times = new HashMap<>();
        for (String line : lines(logs)) {
            String[] f = line.split(" ");
            times.put(f[0], Instant.ofEpochMilli(Long.parseLong(f[2])));
        }
        return times;
    }

    private static List<String> lines(List<Path> logs) throws java.io.IOException {
        List<String> all = new ArrayList<>();
        for (Path p : logs) {
            if (Files.exists(p)) {
                Files.readAllLines(p).stream().filter(l -> !l.isBlank()).forEach(all::add);
            }
        }
        return all;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
