package io.callbot.api;

import io.callbot.campaign.Campaign;
import io.callbot.store.Sql;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The console's charts from the ledger: results and outcomes over time, and the answer rate by the hour of the
 * customer's local day. The database groups calls by UTC hour (portable SQL on H2 and PostgreSQL); the hours are
 * then placed in the viewer's or the customer's zone here, so zones with a half-hour offset are placed by the UTC
 * hour's start. Thread-safe; each call uses its own pooled connection.
 */
final class CampaignCharts {
    private static final String HOUR = "FLOOR(EXTRACT(EPOCH FROM %s) / 3600)";

    private final DataSource db;

    CampaignCharts(DataSource db) {
        this.db = db;
    }

    Timeline timeline(Campaign c, Instant from, Instant to, boolean daily, ZoneId zone) {
        String hour = HOUR.formatted("ended_at");
        String sql = "SELECT " + hour + ", result, outcome, COUNT(*) FROM call_attempt WHERE tenant = ?"
                + " AND campaign_id = ? AND state = 'FINISHED' AND ended_at >= ? AND ended_at < ?"
                + " GROUP BY " + hour + ", result, outcome";
        Map<Instant, Map<String, Long>> results = new TreeMap<>();
        Map<Instant, Map<String, Long>> outcomes = new TreeMap<>();
        query(sql, List.of(c.tenant(), c.id(), utc(from), utc(to)), rs -> {
            Instant bucket = bucket(Instant.ofEpochSecond(rs.getLong(1) * 3600), daily, zone);
            long n = rs.getLong(4);
            results.computeIfAbsent(bucket, k -> new TreeMap<>()).merge(String.valueOf(rs.getString(2)), n, Long::sum);
            String outcome = rs.getString(3) == null ? "none" : rs.getString(3);
            outcomes.computeIfAbsent(bucket, k -> new TreeMap<>()).merge(outcome, n, Long::sum);
        });
        List<Timeline.Bucket> buckets = new ArrayList<>();
        for (Instant b = bucket(from, daily, zone); b.isBefore(to); b = next(b, daily, zone)) {
            buckets.add(new Timeline.Bucket(b, results.getOrDefault(b, Map.of()), outcomes.getOrDefault(b, Map.of())));
        }
        return new Timeline(daily ? "day" : "hour", zone.getId(), buckets);
    }

    List<LocalHourRate> answerRateByLocalHour(Campaign c) {
        String hour = HOUR.formatted("a.dialed_at");
        String sql = "SELECT c.timezone, " + hour + ", COUNT(*),"
                + " SUM(CASE WHEN a.result IN ('ANSWERED','TRANSFER_FAILED','VOICEMAIL') THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN a.result IN ('ANSWERED','TRANSFER_FAILED') THEN 1 ELSE 0 END)"
                + " FROM call_attempt a LEFT JOIN customer c ON c.tenant = a.tenant AND c.id = a.customer_id"
                + " WHERE a.tenant = ? AND a.campaign_id = ? AND a.state = 'FINISHED' AND a.dialed_at IS NOT NULL"
                + " GROUP BY c.timezone, " + hour;
        long[][] counts = new long[24][3];
        Map<String, ZoneId> zones = new HashMap<>();
        query(sql, List.of(c.tenant(), c.id()), rs -> {
            String tz = rs.getString(1);
            ZoneId zone = tz == null ? c.schedule().timezone() : zones.computeIfAbsent(tz, CampaignCharts::zoneOr);
            int local = Instant.ofEpochSecond(rs.getLong(2) * 3600).atZone(zone == null ? c.schedule().timezone() : zone)
                    .getHour();
            counts[local][0] += rs.getLong(3);
            counts[local][1] += rs.getLong(4);
            counts[local][2] += rs.getLong(5);
        });
        List<LocalHourRate> out = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            out.add(new LocalHourRate(h, counts[h][0], counts[h][1], counts[h][2]));
        }
        return out;
    }

    private static ZoneId zoneOr(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Instant bucket(Instant t, boolean daily, ZoneId zone) {
        ZonedDateTime z = t.atZone(zone);
        return (daily ? z.truncatedTo(ChronoUnit.DAYS) : z.truncatedTo(ChronoUnit.HOURS)).toInstant();
    }

    private static Instant next(Instant bucket, boolean daily, ZoneId zone) {
        ZonedDateTime z = bucket.atZone(zone);
        return (daily ? z.plusDays(1) : z.plusHours(1)).toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private void query(String sql, List<Object> args, Sql.Row row) {
        Sql.query(db, "campaign chart query", sql, args, row);
    }
}
