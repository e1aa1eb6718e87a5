package io.callbot.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Seeds a large customer population set-based ({@code INSERT ... SELECT} over {@code GENERATE_SERIES}, which H2
 * 2.x and PostgreSQL both have), not through the importer: the bench measures audience queries, and ten million
 * rows through the importer are a bench of their own. The rows are what the importer would store: the profile's
 * JSON attributes, and the filter row's tag ids and typed slots agree with them and with the tenant's tag
 * dictionary and slot map. Per customer {@code x}: tags brand:xiaomi (user, 30 %), brand:apple (user, 12 %),
 * segment:vip (business, 10 %), segment:repeat_buyer (business, 40 %), consent:marketing_opt_out (merchant, 4 %);
 * attributes city (5 cities), country, lifetime_value 5..2004 and last_order_at 0..399 days before the bench's
 * today; 2 % do-not-call, 85 % consent.
 */
final class PopulationSeed {
    static final long ID_BASE = 100_000_000L;
    private static final int CHUNK = 100_000;
    private static final String NOW = "TIMESTAMP WITH TIME ZONE '2026-11-28 12:00:00+00'";

    /** A uniform 0..99 per customer, decorrelated between uses by the multiplier. */
    private static String percent(long multiplier) {
        return "(MOD(x * " + multiplier + ", 1000003) / 10001)";
    }

    private static final String LTV = "(5 + MOD(x * 69069, 1000003) / 501)";
    private static final String DAYS = "(MOD(x * 1103515245, 1000003) / 2501)";
    private static final String ORDER_DATE = "CAST(" + NOW + " - CAST(" + DAYS + " AS INT) * INTERVAL '1' DAY AS DATE)";
    /** the same day at midnight UTC, as the importer types an ISO date */
    private static final String ORDER_MIDNIGHT = "TIMESTAMP WITH TIME ZONE '2026-11-28 00:00:00+00' - CAST(" + DAYS
            + " AS INT) * INTERVAL '1' DAY";
    private static final String CITY = "CASE MOD(x, 5) WHEN 0 THEN 'New York' WHEN 1 THEN 'Shanghai' WHEN 2 THEN"
            + " 'London' WHEN 3 THEN 'Berlin' ELSE 'Sydney' END";
    private static final String SERIES = " FROM GENERATE_SERIES(CAST(? AS BIGINT), CAST(? AS BIGINT)) g(x)";

    /** The tags: kind, name, multiplier and percentage, in dictionary id order. */
    private record SeedTag(String kind, String name, long multiplier, int percent) {}

    private static final List<SeedTag> TAGS = List.of(
            new SeedTag("USER", "brand:xiaomi", 2654435761L, 30),
            new SeedTag("USER", "brand:apple", 40503L, 12),
            new SeedTag("BUSINESS", "segment:vip", 1664525L, 10),
            new SeedTag("BUSINESS", "segment:repeat_buyer", 214013L, 40),
            new SeedTag("MERCHANT", "consent:marketing_opt_out", 134775813L, 4));

    private PopulationSeed() {}

    /** Inserts customers 1..n of {@code tenant} in chunks (one transaction each), then refreshes statistics. */
    static void seed(DataSource dataSource, String tenant, int n, boolean postgres) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Integer> tagIds = dictionary(c, tenant);
            try (Statement s = c.createStatement()) {
                // the slots the importer would give these keys: the first of each kind
                s.executeUpdate("INSERT INTO customer_attribute_slot (tenant, attr_key, kind, slot, retired) VALUES ('"
                        + tenant + "', 'city', 'TEXT', 1, FALSE), ('" + tenant + "', 'country', 'TEXT', 2, FALSE), ('"
                        + tenant + "', 'lifetime_value', 'NUMBER', 1, FALSE), ('" + tenant
                        + "', 'last_order_at', 'DATE', 1, FALSE)");
            }
            c.setAutoCommit(false);
            for (long from = 1; from <= n; from += CHUNK) {
                long to = Math.min(n, from + CHUNK - 1);
                for (String sql : List.of(customers(postgres), filters(postgres, tagIds))) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, tenant);
                        ps.setLong(2, from);
                        ps.setLong(3, to);
                        ps.executeUpdate();
                    }
                }
                c.commit();
            }
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute(postgres ? "VACUUM ANALYZE customer" : "ANALYZE");
                if (postgres) {
                    s.execute("VACUUM ANALYZE customer_filter");
                }
            }
        }
    }

    /** The tags' dictionary ids, allocated by the database (explicit ids would collide with later imports). */
    private static List<Integer> dictionary(Connection c, String tenant) throws SQLException {
        Map<String, Integer> ids = new LinkedHashMap<>();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO customer_tag_name (tenant, kind, name) VALUES (?, ?, ?)");
                PreparedStatement select = c.prepareStatement(
                        "SELECT id FROM customer_tag_name WHERE tenant = ? AND kind = ? AND name = ?")) {
            for (SeedTag t : TAGS) {
                insert.setString(1, tenant);
                insert.setString(2, t.kind());
                insert.setString(3, t.name());
                insert.executeUpdate();
                select.setString(1, tenant);
                select.setString(2, t.kind());
                select.setString(3, t.name());
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    ids.put(t.name(), rs.getInt(1));
                }
            }
        }
        return new ArrayList<>(ids.values());
    }

    private static String customers(boolean postgres) {
        String json = "'{\"city\":\"' || " + CITY + " || '\",\"country\":\"US\",\"lifetime_value\":\"' || CAST(" + LTV
                + " AS VARCHAR) || '\",\"last_order_at\":\"' || CAST(" + ORDER_DATE + " AS VARCHAR) || '\"}'";
        return "INSERT INTO customer (id, tenant, external_id, phone, first_name, last_name, language, timezone,"
                + " timezone_source, attributes, consent, do_not_call, created_at, updated_at)"
                + " SELECT " + ID_BASE + " + x, ?, 'P' || LPAD(CAST(x AS VARCHAR), 8, '0'),"
                + " '+1' || CAST(2125000000 + x AS VARCHAR), 'First', 'Last', 'en-US', 'America/New_York', 'PHONE', "
                + (postgres ? "CAST(" + json + " AS JSONB)" : json) + ", " + percent(22695477) + " < 85, MOD(x, 50) = 0, "
                + NOW + ", " + NOW + SERIES;
    }

    /** The filter rows: tag ids concatenated in id order (so sorted), slots text1 city, text2 country, num1, date1. */
    private static String filters(boolean postgres, List<Integer> tagIds) {
        String empty = postgres ? "CAST(ARRAY[] AS INTEGER[])" : "CAST(ARRAY[] AS INTEGER ARRAY)";
        StringBuilder tags = new StringBuilder(empty);
        for (int i = 0; i < TAGS.size(); i++) {
            SeedTag t = TAGS.get(i);
            tags.append(" || CASE WHEN ").append(percent(t.multiplier())).append(" < ").append(t.percent())
                    .append(" THEN ARRAY[").append(tagIds.get(i)).append("] ELSE ").append(empty).append(" END");
        }
        return "INSERT INTO customer_filter (customer_id, tenant, do_not_call, consent, created_at, tag_ids, text1,"
                + " text2, num1, date1) SELECT " + ID_BASE + " + x, ?, MOD(x, 50) = 0, " + percent(22695477) + " < 85, "
                + NOW + ", " + tags + ", " + CITY + ", 'US', CAST(" + LTV + " AS DOUBLE PRECISION), "
                + ORDER_MIDNIGHT + SERIES;
    }
}
